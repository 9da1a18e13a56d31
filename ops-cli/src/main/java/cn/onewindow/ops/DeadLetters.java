package cn.onewindow.ops;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * {@code ow dlq list|replay}. A service's consumers put a record they cannot process in the service's
 * dead-letter topic ({@code onewindow.<service>.dlq.v1}) with the reason, the cause and the origin
 * (topic, partition, offset) in {@code dead-letter-*} headers, and go on with the next record.
 * <p>
 * Replay, after the fix: each dead letter not yet replayed is sent back to its origin topic and
 * partition, unchanged (key, value, CloudEvents headers), marked {@code ow-replay-for: <service>} so
 * that only the service that failed takes it again (the other services on that topic skip it), and
 * the replay's progress is committed in consumer group {@code ow-dlq-replay} once the broker has
 * acknowledged every record. A replay cut short sends some records again next time: the service's
 * inbox knows their event ids and applies each once.
 */
final class DeadLetters {
    static final String REPLAY_GROUP = "ow-dlq-replay";
    /** Read by the services' inbox (cn.onewindow.platform.inbox.Inbox): only this service applies the record. */
    static final String REPLAY_FOR = "ow-replay-for";
    static final String REPLAYED_FROM = "ow-replayed-from";

    private final KafkaAccess kafka;
    private final PrintWriter out;

    DeadLetters(KafkaAccess kafka, PrintWriter out) {
        this.kafka = kafka;
        this.out = out;
    }

    /** The service whose consumers write to this dead-letter topic: onewindow.routing.dlq.v1 → routing-service. */
    static String serviceOf(String dlqTopic) {
        String[] parts = dlqTopic.split("\\.");
        if (parts.length != 4 || !parts[0].equals("onewindow") || !parts[2].equals("dlq")) {
            throw new IllegalArgumentException("not a dead-letter topic (onewindow.<service>.dlq.v1): " + dlqTopic);
        }
        return parts[1].equals("gateway") ? "gateway" : parts[1] + "-service";
    }

    void list(String topic) {
        serviceOf(topic);
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(null)) {
            var partitions = partitionsOf(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, OffsetAndMetadata> replayed = committed(topic, partitions);
            int n = 0;
            for (var r : KafkaAccess.readToEnd(consumer, partitions)) {
                var done = replayed.get(new TopicPartition(r.topic(), r.partition()));
                boolean isReplayed = done != null && r.offset() < done.offset();
                out.printf("%s%n      key=%s origin=%s[%s]@%s %s%n      reason: %s%n      cause: %s%n",
                        EventLines.summary(r), r.key() == null ? "-" : new String(r.key(), StandardCharsets.UTF_8),
                        EventLines.orDash(EventLines.header(r, "dead-letter-topic")),
                        EventLines.orDash(EventLines.header(r, "dead-letter-partition")),
                        EventLines.orDash(EventLines.header(r, "dead-letter-offset")),
                        isReplayed ? "(replayed)" : "(waiting for replay)",
                        EventLines.orDash(EventLines.header(r, "dead-letter-reason")),
                        EventLines.orDash(EventLines.header(r, "dead-letter-cause")));
                n++;
            }
            out.printf("-- %d dead letters in %s%n", n, topic);
        }
    }

    void replay(String topic, boolean dryRun) throws ExecutionException, InterruptedException {
        String service = serviceOf(topic);
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(REPLAY_GROUP);
             KafkaProducer<byte[], byte[]> producer = dryRun ? null : kafka.producer()) {
            var partitions = partitionsOf(consumer, topic);
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> from = committed(topic, partitions);
            for (TopicPartition tp : partitions) {
                if (from.containsKey(tp)) {
                    consumer.seek(tp, from.get(tp).offset());
                } else {
                    consumer.seekToBeginning(List.of(tp));
                }
            }
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent = new java.util.ArrayList<>();
            int replayed = 0;
            int skipped = 0;
            for (var r : KafkaAccess.readToEnd(consumer, partitions)) {
                progress.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                String origin = EventLines.header(r, "dead-letter-topic");
                if (origin == null) {
                    out.println("skipped (no dead-letter-topic header, origin unknown): " + EventLines.summary(r));
                    skipped++;
                    continue;
                }
                out.println((dryRun ? "would replay to " : "replayed to ") + origin + ": " + EventLines.summary(r));
                if (!dryRun) {
                    sent.add(producer.send(backToOrigin(r, origin, service)));
                }
                replayed++;
            }
            if (!dryRun) {
                producer.flush();
                for (var f : sent) {
                    f.get();  // a record the broker refused fails the replay here, before any progress is committed
                }
                if (!progress.isEmpty()) {
                    consumer.commitSync(progress);
                }
            }
            out.printf("-- %d dead letters %s for %s, %d skipped%n", replayed, dryRun ? "would be replayed" : "replayed",
                    service, skipped);
        }
    }

    static ProducerRecord<byte[], byte[]> backToOrigin(ConsumerRecord<byte[], byte[]> r, String origin, String service) {
        var headers = new RecordHeaders();
        r.headers().forEach(h -> {
            if (!h.key().startsWith("dead-letter-") && !h.key().equals(REPLAY_FOR) && !h.key().equals(REPLAYED_FROM)) {
                headers.add(h);
            }
        });
        headers.add(REPLAY_FOR, service.getBytes(StandardCharsets.UTF_8));
        headers.add(REPLAYED_FROM, (r.topic() + "[" + r.partition() + "]@" + r.offset()).getBytes(StandardCharsets.UTF_8));
        Integer partition = null;
        String p = EventLines.header(r, "dead-letter-partition");
        if (p != null && p.matches("\\d+")) {
            partition = Integer.valueOf(p);  // the same partition as before keeps the case's order
        }
        return new ProducerRecord<>(origin, partition, r.key(), r.value(), headers);
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String topic, List<TopicPartition> partitions) {
        try (KafkaConsumer<byte[], byte[]> c = kafka.consumer(REPLAY_GROUP)) {
            Map<TopicPartition, OffsetAndMetadata> m = new HashMap<>();
            c.committed(new java.util.HashSet<>(partitions)).forEach((tp, om) -> {
                if (om != null) {
                    m.put(tp, om);
                }
            });
            return m;
        }
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        var info = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (info == null || info.isEmpty()) {
            throw new IllegalArgumentException("no such topic: " + topic);
        }
        return info.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }
}
