package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;

/**
 * approval-service on the real Kafka and PostgreSQL: a routed case enters the queue once even when
 * its event is delivered twice; a malformed record goes to the dead-letter topic and the next one
 * still flows; decisions are limited to the reviewer's department and made once.
 */
@QuarkusTest
class RoutedCaseConsumptionTest {
    static final String TOPIC = Topics.ROUTING_CASE;

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "审"),
            @Claim(key = "given_name", value = "核员")})
    void aRoutedCaseIsQueuedOnceAndDecidedOnce() {
        String caseId = "T-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String routed = """
                {"caseId":"%s","itemCode":"AMR-0002","itemName":"食品经营许可（新办）","departmentCode":"AMR",
                 "queue":"AMR/back-office","itemType":"PROMISED","promisedDays":10,"applicantName":"测试",
                 "deliveryMethod":"PICKUP","acceptedAt":"2026-09-29T02:00:00Z","routedAt":"2026-09-29T02:01:00Z",
                 "actor":{"userId":"system:routing-service","post":"system"}}""".formatted(caseId);
        // the same event twice (as after a relay crash), then a poison record, then a good one
        send(caseId, eventId, EventTypes.CASE_ROUTED, routed);
        send(caseId, eventId, EventTypes.CASE_ROUTED, routed);
        String poisonKey = "poison-" + UUID.randomUUID();
        send(poisonKey, UUID.randomUUID().toString(), EventTypes.CASE_ROUTED, "{not json");
        String nextCase = "T-" + UUID.randomUUID();
        send(nextCase, UUID.randomUUID().toString(), EventTypes.CASE_ROUTED, routed.replace(caseId, nextCase));

        awaitCount("select count(*) from approval_case where case_id = '" + nextCase + "'", 1);
        // an ignored event on the same key (same partition): once processed, both duplicates were consumed
        Events.awaitConsumedThrough(TOPIC, caseId, "approval-service");
        assertThat(count("select count(*) from approval_case where case_id = '" + caseId + "'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + caseId + "'")).as("one queued event").isEqualTo(1);
        // 10 working days after Tue 29 Sep 2026: 30 Sep (1), National Day 1–7 Oct off, 8, 9, Sat 10 (make-up), 12–16 (9), Mon 19 Oct (10)
        assertThat(count("select count(*) from approval_case where case_id = '" + caseId
                + "' and deadline = '2026-10-19T16:00:00Z'")).isEqualTo(1);
        assertThat(Events.arrives(Topics.deadLetters("approval"), poisonKey)).as("poison message dead-lettered").isTrue();

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
                + "' and event_type = '" + EventTypes.CASE_DECIDED + "' and payload::jsonb ->> 'settledAtWindow' = 'false'")).isEqualTo(1);
    }

    /**
     * A 当场办结 case whose window clerk is not known waits in the department's queue; decided there, its result is
     * the department's to hand over — the decision does not say it was settled at the window.
     */
    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "审"),
            @Claim(key = "given_name", value = "核员")})
    void aSettledCaseDecidedByTheDepartmentIsNotSettledAtTheWindow() {
        String caseId = "T-" + UUID.randomUUID();
        send(caseId, UUID.randomUUID().toString(), EventTypes.CASE_ROUTED, """
                {"caseId":"%s","itemCode":"AMR-0009","itemName":"测试即办","departmentCode":"AMR","queue":"AMR/back-office",
                 "itemType":"IMMEDIATE","promisedDays":0,"applicantName":"测试","deliveryMethod":"PICKUP",
                 "acceptedAt":"2026-09-29T02:00:00Z","routedAt":"2026-09-29T02:01:00Z","intakePath":"SETTLED_ON_SPOT",
                 "actor":{"userId":"system:routing-service","post":"system"}}""".formatted(caseId));
        awaitCount("select count(*) from approval_case where case_id = '" + caseId + "' and status = 'QUEUED'", 1);
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"CERTIFICATE\",\"resultTitle\":\"测试证\"}")
                .when().post("/api/department/cases/" + caseId + "/decision").then().statusCode(200);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_DECIDED + "' and payload::jsonb ->> 'settledAtWindow' = 'false'")).isEqualTo(1);
    }

    /** 当场办结: decided as it is queued, by the window clerk, and announced as made at the window (no hand-over). */
    @Test
    void aCaseSettledAtTheWindowIsDecidedByTheClerkAndSaysSo() {
        String caseId = "T-" + UUID.randomUUID();
        send(caseId, UUID.randomUUID().toString(), EventTypes.CASE_ROUTED, """
                {"caseId":"%s","itemCode":"PSB-0009","itemName":"测试即办","departmentCode":"PSB","queue":"PSB/back-office",
                 "itemType":"IMMEDIATE","promisedDays":0,"applicantName":"测试","deliveryMethod":"PICKUP",
                 "acceptedAt":"2026-09-29T02:00:00Z","routedAt":"2026-09-29T02:01:00Z","intakePath":"SETTLED_ON_SPOT",
                 "firstHandler":{"userId":"clerk-test","username":"clerk-test","name":"窗口测试员","post":"window-clerk"},
                 "actor":{"userId":"system:routing-service","post":"system"}}""".formatted(caseId));
        awaitCount("select count(*) from approval_case where case_id = '" + caseId + "' and status = 'APPROVED' "
                + "and decided_by_post = 'window-clerk'", 1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_DECIDED + "' and payload::jsonb ->> 'settledAtWindow' = 'true' "
                + "and payload::jsonb -> 'actor' ->> 'userId' = 'clerk-test'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-tax", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void anotherDepartmentsReviewerIsRefused() {
        String caseId = "T-" + UUID.randomUUID();
        send(caseId, UUID.randomUUID().toString(), EventTypes.CASE_ROUTED, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"AMR","queue":"AMR/back-office",
                 "itemType":"PROMISED","promisedDays":1,"applicantName":"测试","deliveryMethod":"PICKUP",
                 "acceptedAt":"2026-11-23T02:00:00Z","routedAt":"2026-11-23T02:01:00Z"}""".formatted(caseId));
        awaitCount("select count(*) from approval_case where case_id = '" + caseId + "'", 1);
        // answered as a case that does not exist: nobody learns which numbers are cases, or whose (#20, item 10)
        given().when().get("/api/department/cases/" + caseId).then().statusCode(404).body("code", equalTo("not-found"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\"}")
                .when().post("/api/department/cases/" + caseId + "/decision").then().statusCode(404);
        assertThat(count("select count(*) from approval_case where case_id = '" + caseId + "' and status = 'QUEUED'")).isEqualTo(1);
    }

    static void send(String key, String id, String type, String value) {
        Events.send(TOPIC, key, id, type, value);
    }

    static void awaitCount(String sql, long expected) {
        assertThat(Sql.awaitCount(sql, expected)).as(sql).isEqualTo(expected);
    }

    static long count(String sql) {
        return Sql.count(sql);
    }
}
