package cn.onewindow.platform.persistence;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

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
        // plain SQL on the transaction's connection: the monitors scan every few seconds, and Hibernate would plan each
        // scan's native select anew (SessionSql); a scan begins its transaction, so there is nothing to flush before it
        String sql = "select " + idColumn + " from " + table + " where " + positional(where) + " order by " + idColumn
                + " limit " + limit + " for update skip locked";
        return SessionSql.select(sql, now).map(rows -> rows.stream().map(r -> (String) r[0]).toList());
    }

    /** The condition with {@code :now} as the statement's first parameter; a cast ({@code ::type}) stays. */
    static String positional(String where) {
        return NOW.matcher(where).replaceAll("\\$1");
    }

    private static final Pattern NOW = Pattern.compile("(?<!:):now\\b");
}
