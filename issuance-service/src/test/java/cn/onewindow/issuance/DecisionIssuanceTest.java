package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * issuance-service on the real Kafka and PostgreSQL: a decision reaches the issuance window once;
 * it is handed out once, with identity check and signature, and only while the window holds the
 * department's deliver power for the item (from its own delegation copy).
 */
@QuarkusTest
class DecisionIssuanceTest {
    static final String PICKUP = "{\"receivedBy\":\"申请人本人\",\"identityChecked\":true,\"signature\":\"data:image/png;base64,AAAA\"}";

    static String decide(String item) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"%s","itemName":"测试","departmentCode":"AMR","outcome":"APPROVED","resultKind":"LICENCE",
                 "resultTitle":"测试许可证","applicantName":"测试","deliveryMethod":"PICKUP","decidedAt":"2026-11-23T03:00:00Z"}"""
                .formatted(caseId, item));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId
                + "' and status = 'AWAITING_ARRIVAL'", 1)).isEqualTo(1);
        // the department's paper result reaches the window
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200).body("status", equalTo("READY"));
        return caseId;
    }

    static void delegate(String item, String powers, String endedAt) {
        String id = UUID.randomUUID().toString();
        Events.send(Topics.DELEGATION, "DX:" + item, EventTypes.DELEGATION_GRANTED, """
                {"id":"%s","hall":"DX","departmentCode":"AMR","itemCode":"%s","powers":[%s],"startsAt":"2026-01-01T00:00:00Z",
                 "termYears":2,"autoRenew":true,"endedAt":%s}""".formatted(id, item, powers, endedAt == null ? "null" : "\"" + endedAt + "\""));
        assertThat(Sql.awaitCount("select count(*) from delegation_copy where id = '" + id + "'", 1)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aResultIsHandedOutOnceUnderTheDeliverPower() {
        String item = "TST-" + (1000 + (int) (Math.random() * 8999));
        delegate(item, "\"RECEIVE\",\"ACCEPT\",\"DELIVER\"", null);
        String caseId = decide(item);
        given().contentType(ContentType.JSON).body("{\"receivedBy\":\"x\",\"identityChecked\":false,\"signature\":\"s\"}")
                .when().post("/api/issuance/" + caseId + "/pickup").then().statusCode(400);
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/" + caseId + "/pickup")
                .then().statusCode(200).body("status", equalTo("DELIVERED")).body("receivedBy", equalTo("申请人本人"));
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/" + caseId + "/pickup")
                .then().statusCode(409).body("code", equalTo("already-delivered"));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.RESULT_DELIVERED + "'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void withoutTheDeliverPowerTheWindowMayNotHandItOut() {
        String item = "TST-" + (1000 + (int) (Math.random() * 8999));
        delegate(item, "\"RECEIVE\",\"ACCEPT\",\"DELIVER\"", "2026-02-01T00:00:00Z"); // ended
        delegate(item, "\"RECEIVE\",\"ACCEPT\"", null);                            // in force, no DELIVER
        String caseId = decide(item);
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/" + caseId + "/pickup")
                .then().statusCode(403).body("code", equalTo("not-delegated"));
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + caseId + "' and status = 'READY'")).isEqualTo(1);
    }

    /**
     * 当场办结: the window decided and made the result itself — it is ready at once, the applicant's notice is
     * queued and result-ready announced, with no hand-over; a hand-over attempt is refused as already there.
     */
    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aResultSettledAtTheWindowIsReadyWithoutAHandOver() {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"TST-IMM","itemName":"测试即办","departmentCode":"AMR","outcome":"APPROVED",
                 "resultKind":"CERTIFICATE","resultTitle":"测试即办（当场办结）","applicantName":"测试","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-23T03:00:00Z","settledAtWindow":true,
                 "actor":{"userId":"clerk-test","username":"clerk-test","name":"窗口测试员","post":"window-clerk"}}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId
                + "' and status = 'READY' and ready_at is not null and arrival_due_at is null and notify_due_at is not null "
                + "and arrived_from like '窗口测试员%'", 1)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and kind = 'RESULT_READY' "
                + "and body like '%已当场办结%'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.RESULT_READY + "' "
                + "and payload::jsonb -> 'actor' ->> 'userId' = 'system:issuance-service'")).isEqualTo(1);
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(409).body("code", equalTo("not-awaiting-arrival"));
    }

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    void aReviewerCannotHandResultsOut() {
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/T-any/pickup").then().statusCode(403);
    }
}
