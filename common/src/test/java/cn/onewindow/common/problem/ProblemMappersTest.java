package cn.onewindow.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {
    @Test
    void aConcurrentChangeIsAConflictToRetryNotAnInternalError() {
        var wrapped = new CompletionException(new StaleObjectStateException("ApprovalCase", "T-1"));
        var response = new ProblemMappers().unexpected(wrapped, null);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("concurrent-change");
        assertThat(new ProblemMappers().unexpected(new IllegalStateException("boom"), null).getStatus()).isEqualTo(500);
    }

    @Test
    void aValueTheDatabaseCannotStoreIsTheRequestsFaultNotAnInternalError() {
        // what PostgreSQL answers to a NUL character in a text parameter, as Hibernate wraps it
        var nul = new CompletionException(new org.hibernate.exception.DataException("error executing SQL statement",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        var response = new ProblemMappers().unexpected(nul, null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("invalid-value");
        var outOfRange = new RuntimeException(new java.sql.SQLException("value out of range", "22003"));
        assertThat(new ProblemMappers().unexpected(outOfRange, null).getStatus()).isEqualTo(400);
        var lost = new RuntimeException(new java.sql.SQLException("connection lost", "08006"));
        assertThat(new ProblemMappers().unexpected(lost, null).getStatus()).as("not the request's fault").isNotEqualTo(400);
    }

    @Test
    void aDatabaseOutOfReachIsAMomentaryUnavailabilityToRetry() {
        var refused = new CompletionException(new java.net.ConnectException("Connection refused: /127.0.0.1:25432"));
        var shuttingDown = new RuntimeException(new java.sql.SQLException("terminating connection due to administrator command", "57P01"));
        var lost = new RuntimeException(new java.sql.SQLException("connection lost", "08006"));
        for (Throwable ex : new Throwable[] {refused, shuttingDown, lost, io.vertx.sqlclient.ClosedConnectionException.INSTANCE}) {
            var response = new ProblemMappers().unexpected(ex, null);
            assertThat(response.getStatus()).as(ex.toString()).isEqualTo(503);
            assertThat(((Problem) response.getEntity()).code()).isEqualTo("database-unavailable");
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        }
    }
}
