package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * Dead letters, as an operator meets them: a poison record is set aside in the consumer's dead-letter
 * topic (with reason, cause and origin) while the records behind it flow on; an event that could not be
 * applied in time (a lock held by a stuck session) is dead-lettered, and after the fix
 * {@code deploy/local/ow dlq replay} applies it exactly once — for the service that failed only, and a
 * second replay changes nothing.
 */
class DeadLetterReplayIT {
    static final String INTAKE_TOPIC = Topics.INTAKE_CASE;
    static final String ROUTING_DLQ = Topics.deadLetters("routing");
    static final String GATEWAY_DLQ = Topics.deadLetters("gateway");

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void aPoisonRecordIsSetAsideWhileTheRecordsBehindItFlowOn() throws Exception {
        String poisonKey = "POISON-" + UUID.randomUUID();
        int partitions;
        try (var producer = producer()) {
            partitions = producer.partitionsFor(INTAKE_TOPIC).size();
            // one poison record at the head of every partition: whichever partition the next case lands
            // on, it lands behind a poison record
            for (int p = 0; p < partitions; p++) {
                producer.send(new ProducerRecord<>(INTAKE_TOPIC, p, poisonKey, "this is not an event {")).get();
            }
        }
        String clerk = Http.token("clerk1");
        var r = Window.takeIn(Suite.service("intake-service") + "/api", clerk, "AMR-0001", "ORGANISATION", "毒丸之后有限公司",
                "91350100M000100Y43");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String caseId = Window.caseId(r);

        awaitTrue(() -> Db.count("approval", "select count(*) from approval_case where case_id = ?", caseId) == 1,
                Duration.ofSeconds(60), "the case behind the poison reaches its department queue");

        List<ConsumerRecord<String, String>> dead = awaitRecords(ROUTING_DLQ, poisonKey, partitions, Duration.ofSeconds(60));
        assertThat(dead).hasSize(partitions);
        for (var d : dead) {
            assertThat(TopicReader.header(d, "dead-letter-topic")).isEqualTo(INTAKE_TOPIC);
            assertThat(TopicReader.header(d, "dead-letter-reason")).contains("ce_id");
            assertThat(TopicReader.header(d, "dead-letter-partition")).matches("\\d+");
            assertThat(TopicReader.header(d, "dead-letter-offset")).matches("\\d+");
            assertThat(d.value()).isEqualTo("this is not an event {");
        }
        System.out.printf("DEAD LETTER poison: %d poison records (one per partition) in %s; the case behind them was queued%n",
                dead.size(), ROUTING_DLQ);
    }

    @Test
    void aDeadLetterReplayedAfterTheFixIsAppliedOnceByTheServiceThatFailed() throws Exception {
        String clerk = Http.token("clerk1");
        String caseId;
        String acceptedEventId;
        try (Connection stuck = Suite.db("routing")) {
            // a hand-run session left open holds a lock routing needs: its insert times out (5 s), is
            // retried, and once the retries are spent the event goes to routing's dead-letter topic
            stuck.setAutoCommit(false);
            stuck.createStatement().execute("lock table routing_assignment in share mode");
            var r = Window.takeIn(Suite.service("intake-service") + "/api", clerk, "AMR-0001", "ORGANISATION", "锁住了有限公司",
                    "91350100M000100Y43");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            caseId = Window.caseId(r);
            var dead = awaitRecords(ROUTING_DLQ, caseId, 1, Duration.ofSeconds(120));
            acceptedEventId = TopicReader.header(dead.get(0), "ce_id");
            assertThat(TopicReader.header(dead.get(0), "ce_type")).isEqualTo(EventTypes.CASE_TAKEN_IN);
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).containsIgnoringCase("lock");
            stuck.rollback();  // the fix: the stuck session is ended
        }
        // the other services took the event as usual (the gateway's timeline has it); routing has not
        String id = caseId;
        awaitTrue(() -> Db.count("gateway", "select count(*) from timeline_entry where event_id = ?", acceptedEventId) == 1,
                Duration.ofSeconds(30), "the gateway's timeline has the accepted event");
        assertThat(Db.count("routing", "select count(*) from routing_assignment where case_id = ?", id)).isZero();

        // and a record no fix can mend, dead-lettered by every reader of the topic
        String poisonKey = "POISON-" + UUID.randomUUID();
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(INTAKE_TOPIC, poisonKey, "still not an event {")).get();
        }
        awaitRecords(ROUTING_DLQ, poisonKey, 1, Duration.ofSeconds(60));
        awaitRecords(GATEWAY_DLQ, poisonKey, 1, Duration.ofSeconds(60));

        Suite.script("ow", "dlq", "replay", "--topic", ROUTING_DLQ);

        awaitTrue(() -> Db.count("approval", "select count(*) from approval_case where case_id = ?", id) == 1,
                Duration.ofSeconds(60), "the replayed case reaches its department queue");
        Suite.script("ow", "dlq", "replay", "--topic", ROUTING_DLQ);   // a second replay: nothing new to do
        Http.sleep(3000);

        assertThat(Db.count("routing", "select count(*) from routing_assignment where case_id = ?", id)).isEqualTo(1);
        assertThat(Db.count("routing", "select count(*) from processed_event where event_id = ?", acceptedEventId)).isEqualTo(1);
        assertThat(Db.count("routing", "select count(*) from outbox_event where aggregate_id = ? and event_type = 'cn.onewindow.case.routed.v1'", id))
                .isEqualTo(1);
        assertThat(Db.count("approval", "select count(*) from approval_case where case_id = ?", id)).isEqualTo(1);
        assertThat(Db.count("gateway", "select count(*) from timeline_entry where case_id = ? and event_type = 'cn.onewindow.case.accepted.v1'", id))
                .isEqualTo(1);
        // the replay was for routing only: routing failed on the poison again (it is still poison), the
        // gateway, which reads the same topic, did not even look at it
        awaitRecords(ROUTING_DLQ, poisonKey, 3, Duration.ofSeconds(60));
        assertThat(TopicReader.records(GATEWAY_DLQ).stream().filter(r -> poisonKey.equals(r.key())).count()).isEqualTo(1);
        System.out.printf("DEAD LETTER replay: case %s dead-lettered behind a stuck lock, replayed twice, routed once, queued once%n", id);
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            Http.sleep(250);
        }
    }

    /** Waits until {@code topic} holds {@code n} records with this key; returns them. */
    private static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int n, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            var found = TopicReader.records(topic).stream().filter(r -> key.equals(r.key())).toList();
            if (found.size() >= n || System.nanoTime() > deadline) {
                assertThat(found).as("records with key %s on %s", key, topic).hasSizeGreaterThanOrEqualTo(n);
                return found;
            }
            Http.sleep(1000);
        }
    }


    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Suite.KAFKA);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

}
