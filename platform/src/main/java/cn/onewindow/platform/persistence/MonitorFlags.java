package cn.onewindow.platform.persistence;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A background job's flag on a row people also act on (a deadline warned, an overdue flagged, a transfer
 * escalated, a notice sent), set with a plain SQL update that leaves the row's {@code @Version} alone.
 *
 * <p>Why (#22, item 5): set through the entity, the flag bumped the version, so a person who had loaded
 * the row a moment before got 409 {@code concurrent-change} on saving — and retried because of a machine.
 * The flag is no part of what the person decided, so it must not make their act stale. The entity maps
 * such a column {@code insertable = false, updatable = false}, so a person's save (loaded before the flag
 * was set) never writes its old null back over it.
 *
 * <p>Call inside the job's transaction, on a row it claimed with {@link SkipLocked}; the {@code is null}
 * guard makes each flag fire once even so. Table and column names are the caller's constants, never input.
 */
public final class MonitorFlags {
    private MonitorFlags() {
    }

    /**
     * Sets {@code column} to {@code at} on the row {@code idColumn = id} if it is not set yet.
     *
     * @return whether this call set it (false: it was set already, and its event must not be sent again)
     */
    public static Uni<Boolean> set(String table, String idColumn, String id, String column, Instant at) {
        String sql = "update " + table + " set " + column + " = :at where " + idColumn + " = :id and " + column + " is null";
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql).setParameter("at", at).setParameter("id", id)
                .executeUpdate()).map(n -> n > 0);
    }

    /**
     * Clears {@code columns} on the row {@code idColumn = id}: a person's act that starts the limit anew
     * (or moves its deadline) re-arms the job's flags, in the person's own transaction.
     */
    public static Uni<Void> clear(String table, String idColumn, String id, String... columns) {
        if (columns.length == 0) {
            return Uni.createFrom().voidItem();
        }
        String set = String.join(" = null, ", columns) + " = null";
        String anySet = String.join(" is not null or ", columns) + " is not null";
        String sql = "update " + table + " set " + set + " where " + idColumn + " = :id and (" + anySet + ")";
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql).setParameter("id", id).executeUpdate()).replaceWithVoid();
    }
}
