package cn.onewindow.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.MalformedEventException;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgException;

/** One test per class of failure: what waits out an outage, what is dead-lettered, what is tried a few times. */
class FailureKindTest {

    private static PgException pg(String state, String message) {
        return new PgException(message, "FATAL", state, null);
    }

    /** Wrapped as Hibernate Reactive hands it to the inbox. */
    private static Throwable wrapped(Throwable t) {
        return new CompletionException(new org.hibernate.HibernateException("could not execute statement", t));
    }

    @Test
    void theDatabaseStartingUpOrShuttingDownIsAnOutage() {
        // the four seen in CI's PostgreSQL fault run, in order (issue #18)
        assertThat(FailureKind.of(wrapped(io.vertx.sqlclient.ClosedConnectionException.INSTANCE))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(wrapped(pg("57P03", "the database system is starting up")))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(wrapped(pg("57P03", "the database system is not yet accepting connections")))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(pg("57P01", "terminating connection due to administrator command"))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(pg("57P02", "terminating connection because of crash of another server process"))).isEqualTo(FailureKind.OUTAGE);
    }

    @Test
    void aLostConnectionAndTheRollbackThatFollowedItAreAnOutage() {
        // as Mutiny reported it in the 60 s outage run: the statement's failure, then the close's
        var composite = new io.smallrye.mutiny.CompositeException(
                new org.hibernate.HibernateException(io.vertx.sqlclient.ClosedConnectionException.INSTANCE),
                new IllegalStateException("HR000090: Live transaction detected while closing the connection: it will be roll backed"));
        assertThat(FailureKind.of(composite)).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(new io.smallrye.mutiny.CompositeException(new IllegalStateException("HR000090"),
                io.vertx.sqlclient.ClosedConnectionException.INSTANCE))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(new io.smallrye.mutiny.CompositeException(new MalformedEventException("no caseId"),
                io.vertx.sqlclient.ClosedConnectionException.INSTANCE))).isEqualTo(FailureKind.POISON);
    }

    @Test
    void noConnectionIsAnOutage() {
        assertThat(FailureKind.of(wrapped(new java.net.ConnectException("Connection refused")))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(new RuntimeException(new SQLException("connection failure", "08006")))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(pg("08P01", "protocol violation"))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(new java.net.SocketException("Connection reset"))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(new IllegalStateException("Connection is not active now"))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(wrapped(new java.util.concurrent.TimeoutException("waiting for a pooled connection"))))
                .isEqualTo(FailureKind.OUTAGE);
    }

    /**
     * The local run reaches PostgreSQL through its Unix-domain socket, which a stopped server removes: the connect's
     * failure as Netty's native transport really raises it (not a made-up exception), and a missing file elsewhere.
     */
    @Test
    void theDatabaseSocketGoneIsAnOutageAndAnotherMissingFileIsNot() throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        try {
            assumeTrue(vertx.isNativeTransportEnabled(), "Netty's native transport is not available on this machine");
            var options = new PgConnectOptions().setHost("/nonexistent/onewindow-test").setPort(5432)
                    .setDatabase("ow_test").setUser("ow_test");
            var failure = catchThrowable(() -> PgConnection.connect(vertx, options).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS));
            assertThat(failure).isInstanceOf(ExecutionException.class).hasRootCauseInstanceOf(java.io.FileNotFoundException.class);
            assertThat(FailureKind.of(wrapped(failure.getCause()))).isEqualTo(FailureKind.OUTAGE);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        assertThat(FailureKind.of(wrapped(new java.io.FileNotFoundException("/srv/fonts/simsun.ttf")))).isEqualTo(FailureKind.RECORD);
    }

    /**
     * A pooled connection the server closed (seen in the PostgreSQL fault run over the socket: "Failed to start a
     * transaction: sendAddress(..) failed with error(-32): Broken pipe"), as Netty's native transport makes it.
     */
    @Test
    void aSendOnAConnectionTheServerClosedIsAnOutage() {
        // Netty's errors read the system's errno names from its native library, which loading the transport loads
        assumeTrue(io.netty.channel.epoll.Epoll.isAvailable(), "Netty's native transport is not available on this machine");
        var brokenPipe = io.netty.channel.unix.Errors.newIOException("sendAddress(..)", io.netty.channel.unix.Errors.ERRNO_EPIPE_NEGATIVE);
        assertThat(brokenPipe).hasMessageContaining("Broken pipe");
        assertThat(FailureKind.of(new io.smallrye.mutiny.CompositeException(brokenPipe,
                new IllegalStateException("HR000090: Live transaction detected while closing the connection")))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(wrapped(io.netty.channel.unix.Errors.newConnectionResetException("readAddress(..)",
                io.netty.channel.unix.Errors.ERRNO_ECONNRESET_NEGATIVE)))).isEqualTo(FailureKind.OUTAGE);
    }

    @Test
    void aFailoverToAReadOnlyStandbyAndAServerOutOfResourcesAreOutages() {
        assertThat(FailureKind.of(pg("25006", "cannot execute INSERT in a read-only transaction"))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(pg("53300", "sorry, too many clients already"))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(pg("53100", "could not extend file: No space left on device"))).isEqualTo(FailureKind.OUTAGE);
    }

    @Test
    void theBrokerUnreachableIsAnOutage() {
        assertThat(FailureKind.of(new org.apache.kafka.common.errors.TimeoutException("Topic not present in metadata")))
                .isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(new org.apache.kafka.common.errors.NetworkException("disconnected"))).isEqualTo(FailureKind.OUTAGE);
    }

    @Test
    void aMalformedRecordIsPoison() {
        assertThat(FailureKind.of(new MalformedEventException("no caseId"))).isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(wrapped(new MalformedEventException("no caseId")))).isEqualTo(FailureKind.POISON);
    }

    @Test
    void aBrokenConstraintOrARefusedValueIsPoison() {
        assertThat(FailureKind.of(new RuntimeException(new SQLException("duplicate", "23505")))).isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(wrapped(pg("23503", "violates foreign key constraint")))).isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new RuntimeException(new SQLException("too long", "22001")))).isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(pg("22021", "invalid byte sequence for encoding UTF8: 0x00"))).isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new org.hibernate.exception.ConstraintViolationException("dup", new SQLException("dup"), "uk")))
                .isEqualTo(FailureKind.POISON);
    }

    @Test
    void contentionAndBugsAreTheRecordsOwnAndCountTowardsTheLimit() {
        assertThat(FailureKind.of(pg("55P03", "canceling statement due to lock timeout"))).isEqualTo(FailureKind.RECORD);
        assertThat(FailureKind.of(new RuntimeException(new SQLException("lock timeout", "55P03")))).isEqualTo(FailureKind.RECORD);
        assertThat(FailureKind.of(pg("40P01", "deadlock detected"))).isEqualTo(FailureKind.RECORD);
        assertThat(FailureKind.of(pg("40001", "could not serialize access"))).isEqualTo(FailureKind.RECORD);
        assertThat(FailureKind.of(pg("42703", "column does not exist"))).isEqualTo(FailureKind.RECORD);
        assertThat(FailureKind.of(new NullPointerException())).isEqualTo(FailureKind.RECORD);
        // a query cancelled by a statement timeout is 57014: class 57, but not the server going away
        assertThat(FailureKind.of(pg("57014", "canceling statement due to statement timeout"))).isEqualTo(FailureKind.RECORD);
    }
}
