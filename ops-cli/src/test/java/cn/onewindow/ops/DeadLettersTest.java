package cn.onewindow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Topics;

class DeadLettersTest {

    @Test
    void theServiceComesFromTheDeadLetterTopicsName() {
        assertThat(DeadLetters.serviceOf(Topics.deadLetters("routing"))).isEqualTo("routing-service");
        assertThat(DeadLetters.serviceOf(Topics.deadLetters("gateway"))).isEqualTo("gateway");
        assertThatThrownBy(() -> DeadLetters.serviceOf(Topics.INTAKE_CASE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a dead-letter topic");
    }

    @Test
    void aReplayedRecordGoesBackUnchangedToItsOriginPartitionForTheFailedServiceOnly() {
        var dead = new ConsumerRecord<>(Topics.deadLetters("routing"), 0, 17L, bytes("C-1"), bytes("{\"caseId\":\"C-1\"}"));
        dead.headers().add("ce_id", bytes("e-1")).add("ce_type", bytes("case-accepted"))
                .add("dead-letter-topic", bytes(Topics.INTAKE_CASE)).add("dead-letter-partition", bytes("2"))
                .add("dead-letter-offset", bytes("40")).add("dead-letter-reason", bytes("boom"))
                .add("ow-replay-for", bytes("someone-else"));

        var back = DeadLetters.backToOrigin(dead, Topics.INTAKE_CASE, "routing-service");

        assertThat(back.topic()).isEqualTo(Topics.INTAKE_CASE);
        assertThat(back.partition()).isEqualTo(2);
        assertThat(back.key()).isEqualTo(dead.key());
        assertThat(back.value()).isEqualTo(dead.value());
        assertThat(back.headers().headers("ce_id")).hasSize(1);
        assertThat(back.headers().toArray()).noneMatch(h -> h.key().startsWith("dead-letter-"));
        assertThat(back.headers().headers("ow-replay-for")).singleElement()
                .satisfies(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).isEqualTo("routing-service"));
        assertThat(new String(back.headers().lastHeader("ow-replayed-from").value(), StandardCharsets.UTF_8))
                .isEqualTo(Topics.deadLetters("routing") + "[0]@17");
    }

    @Test
    void withoutAnOriginPartitionTheKeyChoosesIt() {
        var dead = new ConsumerRecord<>(Topics.deadLetters("gateway"), 0, 1L, bytes("C-2"), bytes("x"));
        dead.headers().add("dead-letter-topic", bytes(Topics.APPROVAL_CASE));
        assertThat(DeadLetters.backToOrigin(dead, Topics.APPROVAL_CASE, "gateway").partition()).isNull();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
