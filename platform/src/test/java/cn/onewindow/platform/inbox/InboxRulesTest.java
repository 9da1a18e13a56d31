package cn.onewindow.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Topics;


/** Which replayed dead letters a consumer takes (which failures are retried: {@link FailureKindTest}). */
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

    private static ConsumerRecord<String, String> record() {
        return new ConsumerRecord<>(Topics.INTAKE_CASE, 0, 1L, "C-1", "{}");
    }
}
