package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * A department hands its result over right after deciding, before the decision has reached the issuance service
 * (#19: it used to be told 404 and try again, 2.6 calls per case under load). The hand-over is kept (202) and applied
 * when the decision arrives — once, for the deciding department only, and not after it has lapsed.
 */
@QuarkusTest
class EarlyHandoverTest {
    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static void decide(String caseId, String department) {
        Events.send("onewindow.approval.case.v1", caseId, "cn.onewindow.case.decided.v1", """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"%s","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"营业执照","applicantName":"廊坊临空科技有限公司","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-23T03:00:00Z"}""".formatted(caseId, department));
    }

    static int count(String sql) {
        return (int) Sql.count(sql);
    }

    @Test
    @TestSecurity(user = "amr-system", roles = "department-system")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "preferred_username", value = "dept-amr-system")})
    void aHandOverBeforeItsDecisionIsAppliedOnceWhenTheDecisionArrives() {
        String caseId = "T-" + UUID.randomUUID();
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(202)
                .body("status", equalTo("HANDOVER_RECORDED")).body("departmentCode", equalTo("AMR"));
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(202); // a repeat keeps the first
        assertThat(count("select count(*) from early_handover where case_id = '" + caseId + "'")).isEqualTo(1);

        decide(caseId, "AMR");
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId
                + "' and status = 'READY' and arrived_at is not null and notify_due_at is not null", 1)).isEqualTo(1);
        assertThat(count("select count(*) from early_handover where case_id = '" + caseId
                + "' and outcome = 'APPLIED' and settled_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from notification where case_id = '" + caseId + "' and kind = 'RESULT_READY'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = 'cn.onewindow.case.result-ready.v1' and payload::jsonb -> 'actor' ->> 'department' = 'AMR'"))
                .isEqualTo(1);
        // it is at the window now: a hand-over again is refused as such, not recorded
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(409).body("code", equalTo("not-awaiting-arrival"));
    }

    @Test
    @TestSecurity(user = "psb-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "PSB"))
    void anotherDepartmentsHandOverIsNotApplied() {
        String caseId = "T-" + UUID.randomUUID();
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(202);
        decide(caseId, "AMR");
        assertThat(Sql.awaitCount("select count(*) from early_handover where case_id = '" + caseId
                + "' and outcome = 'OTHER_DEPARTMENT'", 1)).isEqualTo(1);
        assertThat(count("select count(*) from issuance_record where case_id = '" + caseId + "' and status = 'AWAITING_ARRIVAL'"))
                .isEqualTo(1);
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(403).body("code", equalTo("other-department"));
    }

    @Test
    @TestSecurity(user = "amr-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aHandOverTheDecisionReachesTooLateHasLapsed() {
        String caseId = "T-" + UUID.randomUUID();
        TestClock.moveTo(Instant.now().minus(Duration.ofMinutes(11)));
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(202);
        TestClock.reset();
        decide(caseId, "AMR");
        assertThat(Sql.awaitCount("select count(*) from early_handover where case_id = '" + caseId + "' and outcome = 'LAPSED'", 1))
                .isEqualTo(1);
        assertThat(count("select count(*) from issuance_record where case_id = '" + caseId + "' and status = 'AWAITING_ARRIVAL'"))
                .isEqualTo(1);
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200).body("status", equalTo("READY"));
    }

    @Test
    @TestSecurity(user = "amr-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void whatCannotBeACaseNumberIsNotKept() {
        given().when().post("/api/issuance/" + "x".repeat(80) + "/arrival").then().statusCode(404);
        given().when().post("/api/issuance/-T-1/arrival").then().statusCode(404);
        assertThat(count("select count(*) from early_handover where case_id like '-T-%' or length(case_id) > 64")).isZero();
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    void theClerkCannotRegisterTheArrivalOfAResultNotDecided() {
        String caseId = "T-" + UUID.randomUUID();
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(404).body("code", equalTo("not-found"));
        assertThat(count("select count(*) from early_handover where case_id = '" + caseId + "'")).isZero();
    }
}
