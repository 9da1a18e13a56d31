package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * approval-service on the real Kafka and PostgreSQL: a routed case enters the queue once even when
 * its event is delivered twice; a malformed record goes to the dead-letter topic and the next one
 * still flows; decisions are limited to the reviewer's department and made once.
 */
@QuarkusTest
class RoutedCaseConsumptionTest {
    static final String TOPIC = "onewindow.routing.case.v1";

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "审"),
            @Claim(key = "given_name", value = "核员")})
    void aRoutedCaseIsQueuedOnceAndDecidedOnce() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String routed = """
                {"caseId":"%s","itemCode":"AMR-0002","itemName":"食品经营许可（新办）","departmentCode":"AMR",
                 "queue":"AMR/back-office","itemType":"PROMISED","promisedDays":10,"applicantName":"测试",
                 "deliveryMethod":"PICKUP","acceptedAt":"2026-09-29T02:00:00Z","routedAt":"2026-09-29T02:01:00Z",
                 "actor":{"userId":"system:routing-service","post":"system"}}""".formatted(caseId);
        // the same event twice (as after a relay crash), then a poison record, then a good one
        send(caseId, eventId, "cn.onewindow.case.routed.v1", routed);
        send(caseId, eventId, "cn.onewindow.case.routed.v1", routed);
        String poisonKey = "poison-" + UUID.randomUUID();
        send(poisonKey, UUID.randomUUID().toString(), "cn.onewindow.case.routed.v1", "{not json");
        String nextCase = "T-" + UUID.randomUUID();
        send(nextCase, UUID.randomUUID().toString(), "cn.onewindow.case.routed.v1", routed.replace(caseId, nextCase));

        awaitCount("select count(*) from approval_case where case_id = '" + nextCase + "'", 1);
        assertThat(count("select count(*) from approval_case where case_id = '" + caseId + "'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + caseId + "'")).as("one queued event").isEqualTo(1);
        // 10 working days after Tue 29 Sep 2026: 30 Sep (1), National Day 1–7 Oct off, 8, 9, Sat 10 (make-up), 12–16 (9), Mon 19 Oct (10)
        assertThat(count("select count(*) from approval_case where case_id = '" + caseId
                + "' and deadline = '2026-10-19T16:00:00Z'")).isEqualTo(1);
        assertThat(deadLettered(poisonKey)).isTrue();

        given().contentType(ContentType.JSON).body("{\"outcome\":\"DENIED\"}")
                .when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(400).body("code", equalTo("reasons-required"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"食品经营许可证\"}")
                .when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedByName", equalTo("审核员"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"again\"}")
                .when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(409).body("code", equalTo("already-decided"));
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = 'cn.onewindow.case.decided.v1'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-tax", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void anotherDepartmentsReviewerIsRefused() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        send(caseId, UUID.randomUUID().toString(), "cn.onewindow.case.routed.v1", """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"AMR","queue":"AMR/back-office",
                 "itemType":"PROMISED","promisedDays":1,"applicantName":"测试","deliveryMethod":"PICKUP",
                 "acceptedAt":"2026-11-23T02:00:00Z","routedAt":"2026-11-23T02:01:00Z"}""".formatted(caseId));
        awaitCount("select count(*) from approval_case where case_id = '" + caseId + "'", 1);
        given().when().get("/api/department/cases/" + caseId).then().statusCode(403).body("code", equalTo("other-department"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\"}")
                .when().post("/api/department/cases/" + caseId + "/decision").then().statusCode(403);
        assertThat(count("select count(*) from approval_case where case_id = '" + caseId + "' and status = 'QUEUED'")).isEqualTo(1);
    }

    static void send(String key, String id, String type, String value) throws Exception {
        try (var p = new KafkaProducer<>(kafka(), new StringSerializer(), new StringSerializer())) {
            var r = new ProducerRecord<>(TOPIC, key, value);
            r.headers().add("ce_specversion", b("1.0")).add("ce_id", b(id)).add("ce_type", b(type))
                    .add("ce_source", b("/test")).add("ce_subject", b(key)).add("ce_time", b(Instant.now().toString()));
            p.send(r).get();
        }
    }

    static boolean deadLettered(String key) {
        Properties props = kafka();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var c = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(java.util.List.of("onewindow.approval.dlq.v1"));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end) {
                for (var r : c.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return r.headers().lastHeader("dead-letter-reason") != null;
                    }
                }
            }
        }
        return false;
    }

    static Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        return p;
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void awaitCount(String sql, long expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(sql) != expected && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(count(sql)).as(sql).isEqualTo(expected);
    }

    static long count(String sql) {
        var config = ConfigProvider.getConfig();
        try (var c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new AssertionError(sql + ": " + e, e);
        }
    }
}
