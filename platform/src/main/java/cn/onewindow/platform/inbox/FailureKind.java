package cn.onewindow.platform.inbox;

import java.util.Set;

import cn.onewindow.contracts.MalformedEventException;

/**
 * Why applying a record failed, which decides what happens to it (docs/faults.md, "What is retried"):
 * the one place where the consumers' failures are told apart.
 * <ul>
 * <li>{@link #OUTAGE}: the service's own infrastructure is away — no connection, the database starting
 * up, shutting down or failing over (SQLState classes 08 and 53, 57P…, a read-only standby), a timeout
 * waiting for a connection, the broker unreachable. Nothing is wrong with the record and a later attempt
 * will succeed, so it is retried without limit and never dead-lettered: an outage delays events, it
 * never diverts them.</li>
 * <li>{@link #POISON}: the record can never be applied — malformed, a constraint it breaks (23…), a
 * value the database refuses (22…). Dead-lettered at once, so it does not block the partition.</li>
 * <li>{@link #RECORD}: anything else (a lock timeout, a deadlock, a bug met by this record): retried a
 * few times, since it may pass, then dead-lettered for an operator to look at and replay. Only these
 * count towards the dead-letter limit.</li>
 * </ul>
 */
public enum FailureKind {
    OUTAGE, RECORD, POISON;

    /** PostgreSQL states that say the server, not the statement, is the trouble. */
    private static final Set<String> OUTAGE_STATES = Set.of(
            "57P01", // admin_shutdown: terminating connection due to administrator command
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now: the database system is starting up / shutting down / not yet accepting connections
            "57P04", // database_dropped
            "57P05", // idle_session_timeout
            "25006", // read_only_sql_transaction: connected to a standby during a failover
            "40003"); // statement_completion_unknown: the connection broke during the commit

    /**
     * Reads the whole cause chain, and each failure Mutiny gathered into a {@code CompositeException}
     * (a statement's failure together with the rollback's or the close's that followed it, e.g.
     * {@code ClosedConnectionException} + {@code HR000090 live transaction detected while closing}).
     * Poison anywhere decides; else an outage anywhere (what followed it is its consequence); else the record's.
     */
    public static FailureKind of(Throwable failure) {
        FailureKind kind = RECORD;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            FailureKind here = t instanceof io.smallrye.mutiny.CompositeException composite
                    ? composite.getCauses().stream().map(FailureKind::of).reduce(RECORD, FailureKind::graver)
                    : ofOne(t);
            kind = graver(kind, here);
            if (kind == POISON) {
                return POISON;
            }
        }
        return kind;
    }

    private static FailureKind graver(FailureKind a, FailureKind b) {
        return a == POISON || b == POISON ? POISON : a == OUTAGE || b == OUTAGE ? OUTAGE : RECORD;
    }

    /** What one exception of a cause chain says by itself ({@link #RECORD} when it says nothing). */
    private static FailureKind ofOne(Throwable t) {
        if (t instanceof MalformedEventException || t instanceof org.hibernate.exception.ConstraintViolationException) {
            return POISON;
        }
        String sqlState = null;
        if (t instanceof java.sql.SQLException sql) {
            sqlState = sql.getSQLState();
        } else if (t instanceof io.vertx.pgclient.PgException pg) {
            sqlState = pg.getSqlState();
        }
        if (sqlState != null) {
            return ofSqlState(sqlState);
        }
        if (t instanceof io.vertx.sqlclient.ClosedConnectionException
                || t instanceof java.net.ConnectException
                || t instanceof java.net.SocketException
                || t instanceof java.nio.channels.ClosedChannelException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                // Netty's native transport (the local run's socket to PostgreSQL): a send or receive on a connection the
                // server closed — "Broken pipe", "Connection reset by peer"
                || t instanceof io.netty.channel.unix.Errors.NativeIoException
                || t instanceof org.apache.kafka.common.errors.RetriableException) {
            return OUTAGE;
        }
        if (t instanceof java.io.FileNotFoundException && fromNativeConnect(t)) {
            return OUTAGE;
        }
        // the pooled client's "Connection is not active now" / "Timeout" come without a class of their own
        String message = t.getMessage();
        if (message != null && (message.contains("Connection is not active") || message.contains("Connection refused")
                || message.contains("Connection reset") || message.contains("connection was closed") || message.contains("Pool closed"))) {
            return OUTAGE;
        }
        return RECORD;
    }

    /**
     * PostgreSQL's Unix-domain socket is not there: a stopped server removes it, and Netty's native transport (the local
     * run connects through the socket) reports the connect's ENOENT as a bare {@code FileNotFoundException} thrown
     * from its own connect code — nothing reached a server. A file missing anywhere else is not an outage.
     */
    private static boolean fromNativeConnect(Throwable t) {
        var trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.netty.channel.unix.");
    }

    static FailureKind ofSqlState(String sqlState) {
        if (sqlState.startsWith("22") || sqlState.startsWith("23")) {
            return POISON;
        }
        if (sqlState.startsWith("08") || sqlState.startsWith("53") || OUTAGE_STATES.contains(sqlState)) {
            return OUTAGE;
        }
        return RECORD;
    }
}
