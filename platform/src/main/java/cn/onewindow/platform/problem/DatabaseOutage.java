package cn.onewindow.platform.problem;

import java.util.Set;

/**
 * Tells, for a failure {@link cn.onewindow.platform.inbox.FailureKind} calls an outage, whether the connection
 * broke while a transaction was under way — after which PostgreSQL may still have committed it — or whether
 * no statement ever reached the server (a refused connection, a server starting up, no connection to be had
 * from the pool), after which nothing changed.
 */
final class DatabaseOutage {
    /** SQLStates that say an open connection ended, not that one could not be opened. */
    private static final Set<String> BROKEN_STATES = Set.of(
            "08003", // connection_does_not_exist
            "08006", // connection_failure
            "08007", // transaction_resolution_unknown
            "57P01", // admin_shutdown: the server ends the session, whatever it was doing
            "57P02", // crash_shutdown
            "40003"); // statement_completion_unknown

    private DatabaseOutage() {
    }

    /**
     * True when anything in the cause chain (or in a {@code CompositeException} Mutiny gathered) is a broken
     * connection: closed, reset, or ended by the server. A refused connection ({@code ConnectException}, which
     * is a {@code SocketException} too) is not.
     */
    static boolean brokeUnderWay(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.smallrye.mutiny.CompositeException composite
                    && composite.getCauses().stream().anyMatch(DatabaseOutage::brokeUnderWay)) {
                return true;
            }
            if (broken(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean broken(Throwable t) {
        String sqlState = t instanceof java.sql.SQLException sql ? sql.getSQLState()
                : t instanceof io.vertx.pgclient.PgException pg ? pg.getSqlState() : null;
        if (sqlState != null) {
            return BROKEN_STATES.contains(sqlState);
        }
        if (t instanceof java.net.ConnectException) {
            return false;
        }
        if (t instanceof io.vertx.sqlclient.ClosedConnectionException
                || t instanceof java.net.SocketException
                || t instanceof io.netty.channel.unix.Errors.NativeIoException // native transport: broken pipe, reset
                || t instanceof java.nio.channels.ClosedChannelException) {
            return true;
        }
        String message = t.getMessage();
        return message != null && (message.contains("Connection reset") || message.contains("connection was closed"));
    }
}
