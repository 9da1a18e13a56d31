package cn.onewindow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Topics;

class OwTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Ow.run(argv, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertThat(run("events")).isEqualTo(2);
        assertThat(run("events", "tail")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --case is required");
        assertThat(run("dlq", "replay", "--topic")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --topic needs a value");
        assertThat(run("events", "wiggle", "--case", "1")).isEqualTo(2);
        assertThat(run("dlq", "replay", "--topic", Topics.INTAKE_CASE, "--bootstrap", "127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a dead-letter topic");
    }

    @Test
    void aCasesPartitionIsTheOneTheProducersDefaultPartitionerPicks() {
        for (String key : new String[] {"2026112300001", "SZ-AMR-2026-000123", "办件-1"}) {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            for (int partitions : new int[] {1, 3, 6, 12}) {
                assertThat(CaseTail.partitionFor(k, partitions)).isEqualTo(BuiltInPartitioner.partitionForKey(k, partitions));
            }
        }
    }
}
