package cn.onewindow.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.onewindow.common.events.MalformedEventException;

/** Which failures are retried, and which replayed dead letters a consumer takes. */
class InboxRulesTest {

    @Test
    void aReplayedDeadLetterIsTakenOnlyByTheServiceItWasReplayedFor() {
        var plain = record();
        var forRouting = record();
        forRouting.headers().add(Inbox.REPLAY_FOR, "routing-service".getBytes(StandardCharsets.UTF_8));

        assertThat(Inbox.replayedForAnother("routing-service", plain)).isFalse();
        assertThat(Inbox.replayedForAnother("routing-service", forRouting)).isFalse();
        assertThat(Inbox.replayedForAnother("routing-service/catalogue", forRouting)).isFalse();
        assertThat(Inbox.replayedForAnother("approval-service", forRouting)).isTrue();
        assertThat(Inbox.replayedForAnother("gateway", forRouting)).isTrue();
    }

    @Test
    void brokenDataAndBrokenConstraintsGoStraightToTheDeadLetterTopic() {
        assertThat(Inbox.transientFailure(new MalformedEventException("no caseId"))).isFalse();
        assertThat(Inbox.transientFailure(new RuntimeException(new SQLException("duplicate", "23505")))).isFalse();
        assertThat(Inbox.transientFailure(new RuntimeException(new SQLException("too long", "22001")))).isFalse();
        assertThat(Inbox.transientFailure(new RuntimeException(new io.vertx.pgclient.PgException("too long", "ERROR", "22001", null))))
                .isFalse();
    }

    @Test
    void outagesAndLockTimeoutsAreRetried() {
        assertThat(Inbox.transientFailure(new RuntimeException(new SQLException("lock timeout", "55P03")))).isTrue();
        assertThat(Inbox.transientFailure(new io.vertx.pgclient.PgException("lock timeout", "ERROR", "55P03", null))).isTrue();
        assertThat(Inbox.transientFailure(new java.net.ConnectException("refused"))).isTrue();
    }

    private static ConsumerRecord<String, String> record() {
        return new ConsumerRecord<>("onewindow.intake.case.v1", 0, 1L, "C-1", "{}");
    }
}
