package cn.onewindow.common.persistence;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Claims up to {@code limit} rows for the current transaction with {@code FOR UPDATE SKIP LOCKED}:
 * rows another instance (or another scan) holds are skipped, not waited for, so monitors running in
 * several instances share the work and never act on one row twice. Call inside a transaction.
 */
public final class SkipLocked {
    private SkipLocked() {
    }

    /**
     * Applies {@code effect} to each claimed row one after the other, in the same session and transaction
     * (a reactive session allows one operation at a time, so never in parallel).
     */
    public static <E> Uni<Void> inOrder(List<E> rows, java.util.function.Function<E, Uni<?>> effect) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (E row : rows) {
            chain = chain.call(() -> effect.apply(row));
        }
        return chain;
    }

    /**
     * @param where an SQL condition over {@code table}; {@code :now} is bound to {@code now}
     * @return the claimed rows' ids (text), in id order
     */
    public static Uni<List<String>> ids(String table, String idColumn, String where, Instant now, int limit) {
        String sql = "select " + idColumn + " from " + table + " where " + where + " order by " + idColumn
                + " limit " + limit + " for update skip locked";
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql, String.class).setParameter("now", now).getResultList());
    }
}
