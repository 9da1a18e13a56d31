package cn.onewindow.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka clients for the tool: bytes in, bytes out, so a record is replayed exactly as it was.
 * <p>
 * Every client starts from the same connection settings: the {@code --command-config} file as Kafka's own
 * tools take it (security.protocol, ssl.*, sasl.*, config.providers, client.id…: whatever the cluster asks for),
 * with the bootstrap address from {@code --bootstrap-server}, else the file's, else the local run's. The settings
 * the tool's correctness rests on (byte serialisation, manual commits, read_committed, acks=all) are put over
 * them, so a file written for another tool cannot turn them off.
 */
final class KafkaAccess {
    private final Map<String, Object> connection;

    private KafkaAccess(Map<String, Object> connection) {
        this.connection = Map.copyOf(connection);
    }

    /** Connection settings from the command line: {@code bootstrap} may be null (not given), {@code commandConfig} empty. */
    static KafkaAccess of(String bootstrap, Properties commandConfig) {
        Map<String, Object> c = new HashMap<>();
        commandConfig.stringPropertyNames().forEach(k -> c.put(k, commandConfig.getProperty(k)));
        if (bootstrap != null && !bootstrap.isBlank()) {
            c.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        } else {
            c.putIfAbsent(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, defaultBootstrap());
        }
        return new KafkaAccess(c);
    }

    static String defaultBootstrap() {
        String explicit = System.getenv("OW_KAFKA_BOOTSTRAP");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String port = System.getenv("OW_KAFKA_PORT");
        return "127.0.0.1:" + (port == null || port.isBlank() ? "19092" : port);
    }

    /** The settings of a consumer outside any group (assign and seek by hand), or in {@code group} with manual commits. */
    Map<String, Object> consumerConfig(String group) {
        Map<String, Object> p = new HashMap<>(connection);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (group == null) {
            p.remove(ConsumerConfig.GROUP_ID_CONFIG);  // a group.id in the file would make a reader commit somewhere
        } else {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return p;
    }

    Map<String, Object> producerConfig() {
        Map<String, Object> p = new HashMap<>(connection);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);  // the replay does not run in a transaction
        return p;
    }

    Map<String, Object> adminConfig() {
        return new HashMap<>(connection);
    }

    KafkaConsumer<byte[], byte[]> consumer(String group) {
        return new KafkaConsumer<>(consumerConfig(group));
    }

    KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(producerConfig());
    }

    Admin admin() {
        return Admin.create(adminConfig());
    }

    /** Everything from the current positions up to the end offsets as they were when reading began. */
    static List<ConsumerRecord<byte[], byte[]>> readToEnd(KafkaConsumer<byte[], byte[]> consumer,
                                                          List<TopicPartition> partitions) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (var r : consumer.poll(Duration.ofMillis(500))) {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    records.add(r);
                }
            }
        }
        return records;
    }
}
