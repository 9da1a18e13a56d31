package cn.onewindow.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.MalformedEventException;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** An outage never brings a record nearer to the dead-letter topic; the record's own failures do. */
class RetryingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
    final ConsumerOutages outages = new ConsumerOutages(CLOCK);
    /** The test profile's limit (3): small, as in DeadLetterReplayIT. */
    final Retrying retrying = new Retrying(3, Duration.ofMillis(1), Duration.ofMillis(2), outages);

    static final RuntimeException STARTING_UP = new RuntimeException(
            new PgException("the database system is starting up", "FATAL", "57P03", null));
    static final RuntimeException LOCK_TIMEOUT = new RuntimeException(
            new PgException("canceling statement due to lock timeout", "ERROR", "55P03", null));

    /** An attempt that fails with the given failures in turn, then succeeds. */
    static final class Script {
        final Deque<RuntimeException> failures = new ArrayDeque<>();
        final AtomicInteger attempts = new AtomicInteger();

        Script fail(RuntimeException failure, int times) {
            for (int i = 0; i < times; i++) {
                failures.add(failure);
            }
            return this;
        }

        Uni<Void> attempt() {
            attempts.incrementAndGet();
            RuntimeException next = failures.poll();
            return next == null ? Uni.createFrom().voidItem() : Uni.createFrom().failure(next);
        }
    }

    @Test
    void anOutageOfAnyLengthIsWaitedOutAndNeverDeadLettered() {
        // 150 failed attempts: with the back-off capped, far beyond any record limit (and beyond 2^63 growth)
        var script = new Script().fail(STARTING_UP, 150);
        retrying.run("approval-service <- onewindow.routing.case.v1", "event e-1", script::attempt).await().atMost(Duration.ofSeconds(30));
        assertThat(script.attempts).hasValue(151);
        assertThat(outages.waiting("approval-service <- onewindow.routing.case.v1")).as("outage reported over").isFalse();
    }

    @Test
    void whileItWaitsTheHealthCheckSaysSo() {
        outages.began("approval-service <- onewindow.routing.case.v1", STARTING_UP.getCause());
        var down = outages.call();
        assertThat(down.getStatus()).isEqualTo(org.eclipse.microprofile.health.HealthCheckResponse.Status.DOWN);
        assertThat(down.getData().orElseThrow().get("approval-service <- onewindow.routing.case.v1").toString())
                .contains("since 2026-11-30T02:00:00Z").contains("starting up");
        outages.ended("approval-service <- onewindow.routing.case.v1");
        assertThat(outages.call().getStatus()).isEqualTo(org.eclipse.microprofile.health.HealthCheckResponse.Status.UP);
    }

    @Test
    void theRecordsOwnFailuresReachTheLimitAndOutagesInBetweenDoNotCount() {
        // 3 lock timeouts, each after an outage: 3 record failures ≤ the limit of 3 retries → applied
        var script = new Script();
        for (int i = 0; i < 3; i++) {
            script.fail(STARTING_UP, 20).fail(LOCK_TIMEOUT, 1);
        }
        retrying.run("c", "event e-2", script::attempt).await().atMost(Duration.ofSeconds(30));
        assertThat(script.attempts).hasValue(64);

        // a fourth failure of the record itself is one too many: it fails (to the dead-letter topic)
        var tooMany = new Script().fail(LOCK_TIMEOUT, 4);
        assertThatThrownBy(() -> retrying.run("c", "event e-3", tooMany::attempt).await().atMost(Duration.ofSeconds(30)))
                .hasRootCauseInstanceOf(PgException.class);
        assertThat(tooMany.attempts).hasValue(4);
    }

    @Test
    void aRecordThatFailsForGoodAfterAnOutageLeavesTheConsumerNoLongerWaiting() {
        // the database comes back, and then the record turns out to be poison: dead-lettered, and readiness is UP again
        var script = new Script().fail(STARTING_UP, 5).fail(new MalformedEventException("no caseId"), 1);
        assertThatThrownBy(() -> retrying.run("issuance-service <- onewindow.approval.case.v1", "event e-5", script::attempt)
                .await().atMost(Duration.ofSeconds(10))).isInstanceOf(MalformedEventException.class);
        assertThat(outages.waiting("issuance-service <- onewindow.approval.case.v1")).isFalse();
        assertThat(outages.call().getStatus()).isEqualTo(org.eclipse.microprofile.health.HealthCheckResponse.Status.UP);
    }

    @Test
    void aPoisonRecordFailsAtOnce() {
        var script = new Script().fail(new MalformedEventException("no caseId"), 1);
        assertThatThrownBy(() -> retrying.run("c", "event e-4", script::attempt).await().atMost(Duration.ofSeconds(5)))
                .isInstanceOf(MalformedEventException.class);
        assertThat(script.attempts).hasValue(1);
    }
}
