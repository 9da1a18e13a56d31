package cn.onewindow.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** {@code ow events lag}: per consumer group and partition, the committed offset, the end and the lag. */
final class ConsumerLag {
    private final KafkaAccess kafka;
    private final PrintWriter out;

    ConsumerLag(KafkaAccess kafka, PrintWriter out) {
        this.kafka = kafka;
        this.out = out;
    }

    void run(String onlyGroup) throws ExecutionException, InterruptedException {
        try (Admin admin = kafka.admin()) {
            List<String> groups = new ArrayList<>();
            if (onlyGroup != null) {
                groups.add(onlyGroup);
            } else {
                admin.listConsumerGroups().all().get().forEach(g -> groups.add(g.groupId()));
                groups.removeIf(g -> g.startsWith("gateway-display-")); // per-instance readers keep no offsets
                groups.sort(String::compareTo);
            }
            out.printf("%-28s %-40s %9s %12s %12s %9s%n", "GROUP", "TOPIC", "PARTITION", "COMMITTED", "END", "LAG");
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = new TreeMap<>(
                        java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().forEach((tp, om) -> {
                    if (om != null) {
                        committed.put(tp, om);
                    }
                });
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                        committed.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
                long total = 0;
                for (var e : committed.entrySet()) {
                    long end = ends.get(e.getKey()).offset();
                    long lag = Math.max(0, end - e.getValue().offset());
                    total += lag;
                    out.printf("%-28s %-40s %9d %12d %12d %9d%n", group, e.getKey().topic(), e.getKey().partition(),
                            e.getValue().offset(), end, lag);
                }
                out.printf("%-28s %-40s %9s %12s %12s %9d%n", group, "(all)", "", "", "", total);
            }
        }
    }
}
