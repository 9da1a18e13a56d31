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
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * A department hands its result over right after deciding, before the decision has reached the issuance service
 * (#19: it used to be told 404 and try again, 2.6 calls per case under load). The hand-over is kept (202) and applied
 * when the decision arrives — once, for the deciding department only; only for what can be a case number, and only so
 * many waiting per department.
 */
@QuarkusTest
class EarlyHandoverTest {
    static void decide(String caseId, String department) {
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"%s","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"营业执照","applicantName":"廊坊临空科技有限公司","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-23T03:00:00Z"}""".formatted(caseId, department));
    }

    /** A case number of a past day that no other test uses. */
    static String caseNumber() {
        return "DX-20250102-" + (100_000_000 + (long) (Math.random() * 899_999_999));
    }

    static int count(String sql) {
        return (int) Sql.count(sql);
    }

    @Test
    @TestSecurity(user = "amr-system", roles = "department-system")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "preferred_username", value = "dept-amr-system")})
    void aHandOverBeforeItsDecisionIsAppliedOnceWhenTheDecisionArrives() {
        String caseId = caseNumber();
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
                + "' and event_type = '" + EventTypes.RESULT_READY + "' and payload::jsonb -> 'actor' ->> 'department' = 'AMR'"))
                .isEqualTo(1);
        // it is at the window now: a hand-over again is refused as such, not recorded
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(409).body("code", equalTo("not-awaiting-arrival"));
    }

    @Test
    @TestSecurity(user = "psb-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "PSB"))
    void anotherDepartmentsHandOverIsNotApplied() {
        String caseId = caseNumber();
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(202);
        decide(caseId, "AMR");
        assertThat(Sql.awaitCount("select count(*) from early_handover where case_id = '" + caseId
                + "' and outcome = 'OTHER_DEPARTMENT'", 1)).isEqualTo(1);
        assertThat(count("select count(*) from issuance_record where case_id = '" + caseId + "' and status = 'AWAITING_ARRIVAL'"))
                .isEqualTo(1);
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(403).body("code", equalTo("other-department"));
    }

    @Test
    @TestSecurity(user = "cap-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "CAPTEST"))
    void aDepartmentKeepsOnlySoManyWaiting() {
        Sql.execute("delete from early_handover where department_code = 'CAPTEST'");
        Sql.execute("insert into early_handover (case_id, department_code, actor_id, actor_name, actor_post, handed_at) "
                + "select 'DX-20250103-' || lpad(n::text, 6, '0'), 'CAPTEST', 'cap-system', 'cap', 'department-system', now() "
                + "from generate_series(1, 1000) n");
        String caseId = caseNumber();
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(429).body("code", equalTo("too-many-handovers-waiting"));
        // one sent again is no new one
        given().when().post("/api/issuance/DX-20250103-000007/arrival").then().statusCode(202);
        Sql.execute("delete from early_handover where department_code = 'CAPTEST'");
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(202);
        assertThat(count("select count(*) from early_handover where case_id = '" + caseId + "'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "amr-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void whatCannotBeACaseNumberIsNotKept() {
        String tomorrow = java.time.LocalDate.now(cn.onewindow.platform.time.ClockProducer.HALL_ZONE).plusDays(1)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        for (String notACase : new String[] {"T-" + UUID.randomUUID(), "0", "x".repeat(80), "DX-20251399-000001",
                // a day not begun; a number no test takes in (intake's tests run clocks ahead, and their cases reach this service)
                "DX-" + tomorrow + "-999999", "dx-20250102-000001", "DX-20250102-00001"}) {
            given().when().post("/api/issuance/" + notACase + "/arrival").then().statusCode(404);
            assertThat(count("select count(*) from early_handover where case_id = '" + notACase + "'")).as(notACase).isZero();
        }
    }

    @Test
    @TestSecurity(user = "nodept-system", roles = "department-system")
    void aDepartmentPostWithoutItsDepartmentIsRefused() {
        String caseId = caseNumber();
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(403).body("code", equalTo("no-department"));
        assertThat(count("select count(*) from early_handover where case_id = '" + caseId + "'")).isZero();
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void theClerkCannotRegisterTheArrivalOfAResultNotDecided() {
        String caseId = caseNumber();
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(404).body("code", equalTo("not-found"));
        assertThat(count("select count(*) from early_handover where case_id = '" + caseId + "'")).isZero();
    }
}
