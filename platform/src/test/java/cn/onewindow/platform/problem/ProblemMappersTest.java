package cn.onewindow.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {
    @Test
    void aConcurrentChangeIsAConflictToRetryNotAnInternalError() {
        var wrapped = new CompletionException(new StaleObjectStateException("ApprovalCase", "T-1"));
        var response = new ProblemMappers().unexpected(wrapped, null, "POST");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("concurrent-change");
        assertThat(new ProblemMappers().unexpected(new IllegalStateException("boom"), null, "POST").getStatus()).isEqualTo(500);
    }

    @Test
    void aValueTheDatabaseCannotStoreIsTheRequestsFaultNotAnInternalError() {
        // what PostgreSQL answers to a NUL character in a text parameter, as Hibernate wraps it
        var nul = new CompletionException(new org.hibernate.exception.DataException("error executing SQL statement",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        var response = new ProblemMappers().unexpected(nul, null, "POST");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("invalid-value");
        var outOfRange = new RuntimeException(new java.sql.SQLException("value out of range", "22003"));
        assertThat(new ProblemMappers().unexpected(outOfRange, null, "POST").getStatus()).isEqualTo(400);
        var lost = new RuntimeException(new java.sql.SQLException("connection lost", "08006"));
        assertThat(new ProblemMappers().unexpected(lost, null, "POST").getStatus()).as("not the request's fault").isNotEqualTo(400);
    }

    @Test
    void aDatabaseOutOfReachIsAMomentaryUnavailabilityToRetry() {
        var refused = new CompletionException(new java.net.ConnectException("Connection refused: /127.0.0.1:25432"));
        var startingUp = new RuntimeException(new java.sql.SQLException("the database system is starting up", "57P03"));
        var tooMany = new RuntimeException(new java.sql.SQLException("sorry, too many clients already", "53300"));
        for (Throwable ex : new Throwable[] {refused, startingUp, tooMany}) {
            for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
                var response = new ProblemMappers().unexpected(ex, null, method);
                assertThat(response.getStatus()).as(method + " " + ex).isEqualTo(503);
                assertThat(((Problem) response.getEntity()).code()).isEqualTo("database-unavailable");
                assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            }
        }
    }

    /**
     * A connection that broke while a write was under way may have broken after the commit record was
     * written: PostgreSQL replays it on recovery (seen in the outage fault run: a decision answered 503 "nothing
     * was changed" was in fact made, and its repeat met 409 already-decided). The answer says the outcome is
     * unknown, as the gateway's does; a read that broke is still a plain 503.
     */
    @Test
    void aConnectionThatBrokeUnderAWriteLeavesItsOutcomeUnknown() {
        var shuttingDown = new RuntimeException(new java.sql.SQLException("terminating connection due to administrator command", "57P01"));
        var lost = new RuntimeException(new java.sql.SQLException("connection lost", "08006"));
        var closedInAComposite = new CompletionException(new io.smallrye.mutiny.CompositeException(
                io.vertx.sqlclient.ClosedConnectionException.INSTANCE, new IllegalStateException("HR000090 live transaction detected")));
        var reset = new RuntimeException(new java.net.SocketException("Connection reset"));
        var failures = new java.util.ArrayList<Throwable>(java.util.List.of(shuttingDown, lost, closedInAComposite, reset,
                io.vertx.sqlclient.ClosedConnectionException.INSTANCE));
        // the same over the local run's socket (Netty's native transport), as the PostgreSQL fault run met it; Netty's
        // errors read the system's errno names from its native library, which loading the transport loads
        if (io.netty.channel.epoll.Epoll.isAvailable()) {
            failures.add(new io.smallrye.mutiny.CompositeException(io.netty.channel.unix.Errors.newIOException("sendAddress(..)",
                    io.netty.channel.unix.Errors.ERRNO_EPIPE_NEGATIVE), new IllegalStateException("HR000090 live transaction detected")));
        }
        for (Throwable ex : failures) {
            var write = new ProblemMappers().unexpected(ex, null, "POST");
            assertThat(write.getStatus()).as(ex.toString()).isEqualTo(502);
            assertThat(((Problem) write.getEntity()).code()).isEqualTo("outcome-unknown");
            var read = new ProblemMappers().unexpected(ex, null, "GET");
            assertThat(read.getStatus()).as(ex.toString()).isEqualTo(503);
            assertThat(((Problem) read.getEntity()).code()).isEqualTo("database-unavailable");
        }
    }
}
