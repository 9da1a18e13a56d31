package cn.onewindow.ops;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

import cn.onewindow.contracts.Topics;

/**
 * {@code ow events tail --case N}: every event of one case across the case topics, in the order they
 * happened. Every topic is keyed by case id, so a case's events sit in one partition per topic — the
 * one the producer's default partitioner picks for the key — and only those partitions are read.
 */
final class CaseTail {
    private final KafkaAccess kafka;
    private final PrintWriter out;

    CaseTail(KafkaAccess kafka, PrintWriter out) {
        this.kafka = kafka;
        this.out = out;
    }

    void run(String caseId, boolean headers, boolean data, boolean follow) {
        byte[] key = caseId.getBytes(StandardCharsets.UTF_8);
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(null)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.CASE_TOPICS) {
                var info = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (info != null && !info.isEmpty()) {
                    partitions.add(new TopicPartition(topic, partitionFor(key, info.size())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            for (var r : KafkaAccess.readToEnd(consumer, partitions)) {
                if (Arrays.equals(key, r.key())) {
                    found.add(r);
                }
            }
            found.sort(Comparator.comparing(EventLines::time).thenComparing(r -> topicOrder(r.topic()))
                    .thenComparingLong(ConsumerRecord::offset));
            found.forEach(r -> print(r, headers, data));
            out.printf("-- %d events of case %s%n", found.size(), caseId);
            while (follow) {
                for (var r : consumer.poll(Duration.ofSeconds(1))) {
                    if (Arrays.equals(key, r.key())) {
                        print(r, headers, data);
                    }
                }
            }
        }
    }

    /** The partition Kafka's default partitioner gives a keyed record (murmur2 of the key). */
    static int partitionFor(byte[] key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }

    private static int topicOrder(String topic) {
        return Topics.CASE_TOPICS.indexOf(topic);
    }

    private void print(ConsumerRecord<byte[], byte[]> r, boolean headers, boolean data) {
        out.println(EventLines.summary(r));
        if (headers) {
            r.headers().forEach(h -> out.printf("      %s: %s%n", h.key(),
                    h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8)));
        }
        if (data && r.value() != null) {
            out.println("      " + new String(r.value(), StandardCharsets.UTF_8));
        }
    }
}
