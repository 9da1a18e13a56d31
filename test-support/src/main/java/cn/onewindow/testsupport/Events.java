package cn.onewindow.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import cn.onewindow.contracts.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Sends CloudEvents records (binary mode) to the real Kafka the service under test consumes from. */
public final class Events {
    private Events() {
    }

    /** Sends one event and returns its id. */
    public static String send(String topic, String key, String type, String json) {
        return send(topic, key, UUID.randomUUID().toString(), type, json);
    }

    /** Sends one event with a chosen id (to send the same event twice). */
    public static String send(String topic, String key, String id, String type, String json) {
        try (var p = new KafkaProducer<>(kafka(), new StringSerializer(), new StringSerializer())) {
            var r = new ProducerRecord<>(topic, key, json);
            r.headers().add(CloudEventHeaders.SPEC_VERSION, b("1.0")).add(CloudEventHeaders.ID, b(id)).add(CloudEventHeaders.TYPE, b(type))
                    .add(CloudEventHeaders.SOURCE, b("/test")).add(CloudEventHeaders.SUBJECT, b(key)).add(CloudEventHeaders.TIME, b(Instant.now().toString()))
                    .add("content-type", b("application/json"));
            p.send(r).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /**
     * One event to send with others: its key, type and data, the W3C trace it continues (null: none) and its event
     * id (null: a new one; a chosen id sends the same event again).
     */
    public record Outgoing(String key, String type, String json, String traceparent, String id) {
        public Outgoing(String key, String type, String json) {
            this(key, type, json, null, null);
        }

        public Outgoing(String key, String type, String json, String traceparent) {
            this(key, type, json, traceparent, null);
        }
    }

    /**
     * Sends events to one partition in one producer request, in the order given, so a consumer receives them in
     * one poll (one append to the log); returns their ids in the same order.
     */
    public static List<String> sendTogether(String topic, int partition, List<Outgoing> events) {
        Properties props = kafka();
        props.put("linger.ms", "500");
        props.put("enable.idempotence", "true");
        try (var p = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<String> ids = new java.util.ArrayList<>();
            List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (Outgoing e : events) {
                String id = e.id() != null ? e.id() : UUID.randomUUID().toString();
                var r = new ProducerRecord<>(topic, partition, e.key(), e.json());
                r.headers().add(CloudEventHeaders.SPEC_VERSION, b("1.0")).add(CloudEventHeaders.ID, b(id)).add(CloudEventHeaders.TYPE, b(e.type()))
                        .add(CloudEventHeaders.SOURCE, b("/test")).add(CloudEventHeaders.SUBJECT, b(e.key())).add(CloudEventHeaders.TIME, b(Instant.now().toString()))
                        .add("content-type", b("application/json"));
                if (e.traceparent() != null) {
                    r.headers().add("traceparent", b(e.traceparent()));
                }
                sent.add(p.send(r));
                ids.add(id);
            }
            p.flush();
            for (var f : sent) {
                f.get();
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /**
     * Sends a tombstone — the key with a null value, as the outbox sends one to delete a key from a compacted
     * topic — with the CloudEvents headers of {@code type}; returns its event id.
     */
    public static String sendTombstone(String topic, String key, String id, String type) {
        try (var p = new KafkaProducer<>(kafka(), new StringSerializer(), new StringSerializer())) {
            var r = new ProducerRecord<String, String>(topic, key, null);
            r.headers().add(CloudEventHeaders.SPEC_VERSION, b("1.0")).add(CloudEventHeaders.ID, b(id)).add(CloudEventHeaders.TYPE, b(type))
                    .add(CloudEventHeaders.SOURCE, b("/test")).add(CloudEventHeaders.SUBJECT, b(key)).add(CloudEventHeaders.TIME, b(Instant.now().toString()));
            p.send(r).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException("could not send a tombstone to " + topic, e);
        }
    }

    /** One record as a consumer sees it: its CloudEvents type and its value (null for a tombstone). */
    public record Received(String type, String value) {
    }

    /**
     * The records with {@code key} on {@code topic}, in order, once at least {@code atLeast} have arrived (or
     * whatever arrived within 30 s).
     */
    public static List<Received> received(String topic, String key, int atLeast) {
        Properties props = kafka();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Received> out = new java.util.ArrayList<>();
        try (var c = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end && out.size() < atLeast) {
                for (var r : c.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        var type = r.headers().lastHeader("ce_type");
                        out.add(new Received(type == null ? "" : new String(type.value(), StandardCharsets.UTF_8), r.value()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Sends a marker (a type no consumer acts on) on {@code key}'s partition and waits up to 60 s until
     * consumer group {@code group} has committed past it: everything sent before it on that partition
     * has then been processed (consumers skip types they do not act on without a trace, so the
     * group's committed offset is the proof).
     */
    public static void awaitConsumedThrough(String topic, String key, String group) {
        try (var p = new KafkaProducer<>(kafka(), new StringSerializer(), new StringSerializer());
             var admin = org.apache.kafka.clients.admin.Admin.create(kafka())) {
            var r = new ProducerRecord<>(topic, key, "{}");
            r.headers().add(CloudEventHeaders.SPEC_VERSION, b("1.0")).add(CloudEventHeaders.ID, b(UUID.randomUUID().toString()))
                    .add(CloudEventHeaders.TYPE, b("cn.onewindow.test.marker.v1")).add(CloudEventHeaders.SOURCE, b("/test"))
                    .add(CloudEventHeaders.TIME, b(Instant.now().toString()));
            var sent = p.send(r).get();
            var tp = new org.apache.kafka.common.TopicPartition(topic, sent.partition());
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < end) {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(tp);
                if (committed != null && committed.offset() > sent.offset()) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new AssertionError(group + " did not consume " + topic + "[" + tp.partition() + "] through offset "
                    + sent.offset() + " within 60 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not send the marker to " + topic, e);
        }
    }

    /**
     * Waits (at most two minutes) until {@code group} has consumed every record now on {@code topics}. The test run
     * shares one broker: a service's group is new when its module's tests start and reads from the earliest offset, so
     * it begins with the events of every module tested before it. A test that needs a quiet service (a cursor, a
     * count, the latest of a list) waits for this first.
     */
    public static void awaitCaughtUp(String group, String... topics) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(kafka())) {
            var partitions = new java.util.HashMap<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
            for (var d : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
                d.partitions().forEach(p -> partitions.put(new org.apache.kafka.common.TopicPartition(d.name(), p.partition()),
                        org.apache.kafka.clients.admin.OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(partitions).all().get();
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            List<String> behind = List.of();
            while (System.nanoTime() < until) {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                behind = ends.entrySet().stream().filter(e -> e.getValue().offset() > 0)
                        .filter(e -> committed.get(e.getKey()) == null || committed.get(e.getKey()).offset() < e.getValue().offset())
                        .map(e -> e.getKey() + " (end " + e.getValue().offset() + ", committed "
                                + (committed.get(e.getKey()) == null ? "none" : committed.get(e.getKey()).offset()) + ")")
                        .toList();
                if (behind.isEmpty()) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new AssertionError(group + " did not catch up within 2 minutes: " + behind);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not read the offsets of " + group, e);
        }
    }

    /** Whether a record with {@code key} reaches {@code topic} within 30 s (e.g. a dead-letter topic). */
    public static boolean arrives(String topic, String key) {
        Properties props = kafka();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var c = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end) {
                for (var r : c.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The CloudEvents types of the records with {@code key} on {@code topic}, in order, once at least
     * {@code atLeast} have arrived (or whatever arrived within 30 s).
     */
    public static List<String> types(String topic, String key, int atLeast) {
        return received(topic, key, atLeast).stream().map(Received::type).toList();
    }

    static Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        return p;
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
