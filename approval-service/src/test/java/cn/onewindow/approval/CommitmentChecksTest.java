package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * 告知承诺核查 (#23, item 5) with an injected clock, on real PostgreSQL and Kafka: a case whose applicant replaced a proof
 * by a signed commitment (intake's take-in event says which, and the item's limit) is due for verification the item's
 * working days after its approval — across National Day on the official calendar — listed as DUE, then OVERDUE at the
 * limit's end; the department's finding is recorded once per material, FALSE announced once (with its note, required);
 * the take-in's event read after the approval still starts the limit from the decision; another department is answered
 * as for a case that does not exist.
 */
@QuarkusTest
class CommitmentChecksTest {
    private static final String APPROVE = "{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"营业执照\"}";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** Intake's take-in event of {@code caseId}, with the commitments signed at the window and the item's check limit. */
    static void takenIn(String caseId, String department, String acceptedAt) {
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, """
                {"caseId":"%s","itemCode":"%s-0001","itemName":"测试事项","catalogueVersion":1,"departmentCode":"%s",
                 "departmentName":"测试局","itemType":"PROMISED","statutoryDays":20,"promisedDays":5,
                 "applicantKind":"ORGANISATION","applicantName":"承诺测试有限公司","deliveryMethod":"PICKUP",
                 "intakePath":"ACCEPTED_ON_SPOT","acceptedAt":"%s","actor":{"userId":"clerk","post":"window-clerk"},
                 "commitments":["ADDR"],"commitmentCheckDays":5}""".formatted(caseId, department, department, acceptedAt));
    }

    static void awaitCheck(String caseId, String condition) {
        assertThat(Sql.awaitCount("select count(*) from commitment_check where case_id = '" + caseId + "' and " + condition, 1))
                .as(caseId + ": " + condition).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "核"),
            @Claim(key = "given_name", value = "查")})
    void dueTheItemsWorkingDaysAfterTheApprovalThenOverdueAndFoundFalseOnce() {
        TestClock.moveTo(Instant.parse("2026-09-29T01:30:00Z")); // Tue 29 Sep, 09:30 in the hall
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, "2026-09-29T01:00:00Z", null);
        takenIn(caseId, "AMR", "2026-09-29T01:00:00Z");
        awaitCheck(caseId, "due_at is null and check_days = 5");
        // not decided yet: nothing to verify, and no finding taken
        given().when().get("/api/commitment-checks?status=DUE").then().statusCode(200).body("caseId", not(hasItem(caseId)));
        given().contentType(ContentType.JSON).body("{\"materialCode\":\"ADDR\",\"outcome\":\"TRUE\"}")
                .when().post("/api/cases/" + caseId + "/commitment-checks").then().statusCode(409)
                .body("code", equalTo("commitment-check-not-due"));

        TestClock.moveTo(Instant.parse("2026-09-29T02:00:00Z")); // approved Tue 29 Sep, 10:00
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(200);
        // 5 working days from the decision: 30 Sep (1), National Day 1–7 Oct, 8 (2), 9 (3), Sat 10 Oct make-up (4), 12 Oct (5)
        given().when().get("/api/commitment-checks?status=DUE").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.dueAt", equalTo("2026-10-12T16:00:00Z"))
                .body("find { it.caseId == '" + caseId + "' }.status", equalTo("DUE"))
                .body("find { it.caseId == '" + caseId + "' }.materialCode", equalTo("ADDR"));

        TestClock.moveTo(Instant.parse("2026-10-12T15:59:00Z"));
        given().when().get("/api/commitment-checks?status=OVERDUE").then().body("caseId", not(hasItem(caseId)));
        TestClock.moveTo(Instant.parse("2026-10-12T16:00:00Z")); // the limit's end: overdue
        given().when().get("/api/commitment-checks?status=OVERDUE").then().statusCode(200).body("caseId", hasItem(caseId));
        given().when().get("/api/commitment-checks?status=DUE").then().body("caseId", not(hasItem(caseId)));

        // FALSE needs what was found
        given().contentType(ContentType.JSON).body("{\"materialCode\":\"ADDR\",\"outcome\":\"FALSE\"}")
                .when().post("/api/cases/" + caseId + "/commitment-checks").then().statusCode(400)
                .body("code", equalTo("note-required"));
        String finding = "{\"materialCode\":\"ADDR\",\"outcome\":\"FALSE\",\"note\":\"住所为虚构地址，现场核查无此门牌\"}";
        given().contentType(ContentType.JSON).body(finding).when().post("/api/cases/" + caseId + "/commitment-checks").then()
                .statusCode(200).body("outcome", equalTo("FALSE")).body("status", equalTo("CHECKED"))
                .body("checkedByName", equalTo("核查"));
        // the same finding resent: answered again, nothing announced twice; another finding is refused
        given().contentType(ContentType.JSON).body(finding).when().post("/api/cases/" + caseId + "/commitment-checks").then()
                .statusCode(200).body("outcome", equalTo("FALSE"));
        given().contentType(ContentType.JSON).body("{\"materialCode\":\"ADDR\",\"outcome\":\"TRUE\"}")
                .when().post("/api/cases/" + caseId + "/commitment-checks").then().statusCode(409)
                .body("code", equalTo("commitment-already-checked"));
        assertThat(Routed.events(caseId, EventTypes.COMMITMENT_CHECK_RECORDED)).isEqualTo(1);
        assertThat(Routed.events(caseId, EventTypes.COMMITMENT_FOUND_FALSE)).isEqualTo(1);
        assertThat(Sql.text("select payload::text from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.COMMITMENT_CHECK_RECORDED + "'")).contains("\"overdue\":true");
        var published = Events.received(Topics.APPROVAL_CASE, caseId, 4);
        var falseFound = published.stream().filter(e -> e.type().equals(EventTypes.COMMITMENT_FOUND_FALSE)).toList();
        assertThat(falseFound).hasSize(1);
        assertThat(falseFound.get(0).value()).contains("\"materialCode\":\"ADDR\"", "住所为虚构地址", "\"departmentCode\":\"AMR\"",
                "\"foundAt\":\"2026-10-12T16:00:");
        given().when().get("/api/commitment-checks?status=OVERDUE").then().body("caseId", not(hasItem(caseId)));
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void theTakeInsEventReadAfterTheApprovalStillCountsFromTheDecision() {
        TestClock.moveTo(Instant.parse("2026-09-29T02:00:00Z"));
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, "2026-09-29T01:00:00Z", null);
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(200);
        takenIn(caseId, "AMR", "2026-09-29T01:00:00Z");
        awaitCheck(caseId, "due_at = '2026-10-12T16:00:00Z'");
    }

    @Test
    @TestSecurity(user = "reviewer-tax", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void anotherDepartmentFindsNoSuchCheck() {
        String caseId = "T-COMMIT-" + java.util.UUID.randomUUID();
        takenIn(caseId, "AMR", "2026-09-29T01:00:00Z");
        awaitCheck(caseId, "department_code = 'AMR'");
        // AMR's check is not there for TAX: the 404 of one that does not exist (its own would be 409, not decided yet)
        given().contentType(ContentType.JSON).body("{\"materialCode\":\"ADDR\",\"outcome\":\"TRUE\"}")
                .when().post("/api/cases/" + caseId + "/commitment-checks").then().statusCode(404)
                .body("code", equalTo("not-found"));
        given().when().get("/api/commitment-checks?status=OVERDUE").then().statusCode(200).body("caseId", not(hasItem(caseId)));
        assertThat(Routed.events(caseId, EventTypes.COMMITMENT_CHECK_RECORDED)).isZero();
    }
}
