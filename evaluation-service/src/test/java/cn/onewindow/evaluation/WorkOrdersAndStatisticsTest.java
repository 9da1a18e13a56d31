package cn.onewindow.evaluation;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.evaluation.service.WorkOrderService;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Bad ratings open work orders that escalate when their deadline passes; statistics over a seeded set
 * of cases and ratings equal the figures computed by hand; an upheld appeal takes a rating out.
 * Cases are seeded as the events would bring them (intake's accepted, issuance's delivered).
 */
@QuarkusTest
class WorkOrdersAndStatisticsTest {
    @Inject
    WorkOrderService orders;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A case of {@code department}/{@code item} taken in by {@code clerk}, delivered and open for rating. */
    static String deliveredCase(String department, String item, String clerk) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, """
                {"caseId":"%s","itemCode":"%s","itemName":"测试事项","catalogueVersion":1,"departmentCode":"%s",
                 "departmentName":"测试","itemType":"PROMISED","statutoryDays":20,"promisedDays":5,"applicantKind":"PERSON",
                 "applicantName":"测试","deliveryMethod":"PICKUP","intakePath":"ACCEPTED_ON_SPOT","acceptedAt":"2026-06-08T02:00:00Z",
                 "actor":{"userId":"%s","name":"%s","post":"window-clerk"}}""".formatted(caseId, item, department, clerk, clerk));
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_DELIVERED, """
                {"caseId":"%s","departmentCode":"%s","deliveryMethod":"PICKUP","receivedBy":"本人","deliveredAt":"2026-06-12T02:00:00Z"}"""
                .formatted(caseId, department));
        assertThat(Sql.awaitCount("select count(*) from evaluation_case e join case_fact f using (case_id) where case_id = '"
                + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    /** The applicant rates with the token from their rating link (the channel is the link's, not chosen here). */
    static int rate(String caseId, String stage, int level) {
        String token = ApplicantLink.token(caseId, stage);
        var body = new java.util.HashMap<String, Object>(Map.of("caseId", caseId, "stage", stage, "level", level,
                "token", token));
        if (level < 4) {
            body.put("reason", "等候时间过长");
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ratings").then().extract().statusCode();
    }

    static JsonPath stats(String by) {
        return given().when().get("/api/statistics/satisfaction?by=" + by + "&from=2026-06-15&to=2026-06-15&stage=BACK_OFFICE")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void statisticsEqualTheFiguresComputedByHand() {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String deptA = "A" + run;
        String deptB = "B" + run;
        TestClock.moveTo(Instant.parse("2026-06-15T03:00:00Z")); // Mon 15 Jun 2026, 11:00
        // department A: 5, 4, 3, 1 → 2 of 4 satisfied (50 %), average 3.25, 1 bad
        String a1 = deliveredCase(deptA, "AAA-0001", "clerk-x");
        String a2 = deliveredCase(deptA, "AAA-0001", "clerk-x");
        String a3 = deliveredCase(deptA, "AAA-0002", "clerk-y");
        String a4 = deliveredCase(deptA, "AAA-0002", "clerk-y");
        // department B: 5, 5, 4 → 100 %, average 4.67
        String b1 = deliveredCase(deptB, "BBB-0001", "clerk-x");
        String b2 = deliveredCase(deptB, "BBB-0001", "clerk-x");
        String b3 = deliveredCase(deptB, "BBB-0001", "clerk-y");
        assertThat(rate(a1, "BACK_OFFICE", 5)).isEqualTo(201);
        assertThat(rate(a2, "BACK_OFFICE", 4)).isEqualTo(201);
        assertThat(rate(a3, "BACK_OFFICE", 3)).isEqualTo(201);
        assertThat(rate(a4, "BACK_OFFICE", 1)).isEqualTo(201);
        assertThat(rate(b1, "BACK_OFFICE", 5)).isEqualTo(201);
        assertThat(rate(b2, "BACK_OFFICE", 5)).isEqualTo(201);
        assertThat(rate(b3, "BACK_OFFICE", 4)).isEqualTo(201);
        assertThat(rate(b3, "BACK_OFFICE", 2)).as("a second rating of the same stage").isEqualTo(409);
        // front-desk ratings do not count in back-office statistics
        assertThat(rate(a1, "FRONT_DESK", 1)).isEqualTo(201);

        var byDept = stats("department");
        assertThat(byDept.getInt("find { it.group == '" + deptA + "' }.ratings")).isEqualTo(4);
        assertThat(byDept.getDouble("find { it.group == '" + deptA + "' }.rate")).isEqualTo(50.0);
        assertThat(byDept.getDouble("find { it.group == '" + deptA + "' }.averageLevel")).isEqualTo(3.25);
        assertThat(byDept.getInt("find { it.group == '" + deptA + "' }.bad")).isEqualTo(1);
        assertThat(byDept.getDouble("find { it.group == '" + deptB + "' }.rate")).isEqualTo(100.0);
        assertThat(byDept.getDouble("find { it.group == '" + deptB + "' }.averageLevel")).isEqualTo(4.67);
        assertThat(byDept.getInt("find { it.group == '" + deptB + "' }.rank"))
                .isLessThan(byDept.getInt("find { it.group == '" + deptA + "' }.rank"));
        // per item: AAA-0001 5, 4 → 100 %; AAA-0002 3, 1 → 0 %
        var byItem = stats("item");
        assertThat(byItem.getDouble("find { it.group == 'AAA-0001 测试事项' }.rate")).isEqualTo(100.0);
        assertThat(byItem.getDouble("find { it.group == 'AAA-0002 测试事项' }.rate")).isEqualTo(0.0);

        // the department appeals the 非常不满意 as mistaken; upheld, it no longer counts: A = 5, 4, 3 → 66.67 %
        long orderId = Long.parseLong(Sql.text("select id from rectification_order where case_id = '" + a4 + "'"));
        given().contentType(ContentType.JSON).body("{\"reason\":\"申请人误选评价等级\"}")
                .when().post("/api/work-orders/" + orderId + "/appeal").then().statusCode(403); // a supervisor does not appeal
        Sql.execute("update rectification_order set appeal_reason = '申请人误选评价等级', appeal_status = 'PENDING' where id = " + orderId);
        given().contentType(ContentType.JSON).body("{\"upheld\":true}").when().post("/api/work-orders/" + orderId + "/appeal-review")
                .then().statusCode(200).body("appealStatus", equalTo("UPHELD"));
        assertThat(stats("department").getDouble("find { it.group == '" + deptA + "' }.rate")).isEqualTo(66.67);

        String csv = given().when().get("/api/statistics/satisfaction/export?by=department&from=2026-06-15&to=2026-06-15&stage=BACK_OFFICE")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        // UTF-8 with the BOM Excel needs for the Chinese (CsvExport; its loose quoting quotes cells over 24 characters)
        assertThat(csv).startsWith("\uFEFFrank,department,ratings,satisfied,bad,\"satisfaction_rate_percent\",average_level")
                .contains("," + deptA + ",3,2,0,66.67,4.0").contains("," + deptB + ",3,3,0,100.0,4.67");
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void aBadRatingOpensAWorkOrderThatEscalatesWhenItsDeadlinePasses() {
        TestClock.moveTo(Instant.parse("2026-06-15T03:00:00Z")); // Mon 15 Jun 2026
        String caseId = deliveredCase("AMR", "AMR-0001", "clerk-x");
        assertThat(rate(caseId, "FRONT_DESK", 2)).isEqualTo(201);
        // 5 working days: 16, 17, 18 Jun, (19 Jun Dragon Boat Festival holiday), 22, 23 Jun → end of Tue 23 Jun
        assertThat(Sql.count("select count(*) from rectification_order where case_id = '" + caseId
                + "' and status = 'OPEN' and deadline = '2026-06-23T16:00:00Z' and level = 2")).isEqualTo(1);
        long id = Long.parseLong(Sql.text("select id from rectification_order where case_id = '" + caseId + "'"));

        // the steps come in order
        given().contentType(ContentType.JSON).body("{\"step\":\"ANSWERED\",\"text\":\"已回复\"}")
                .when().post("/api/work-orders/" + id + "/steps").then().statusCode(409).body("code", equalTo("wrong-step"));
        given().contentType(ContentType.JSON).body("{\"step\":\"VERIFIED\",\"text\":\"经核实，窗口排队超过40分钟\"}")
                .when().post("/api/work-orders/" + id + "/steps").then().statusCode(200).body("status", equalTo("VERIFIED"));

        tickAt("2026-06-23T15:59:00Z", orders::escalateOverdue);
        assertThat(escalations(caseId)).isZero();
        tickAt("2026-06-23T16:00:00Z", orders::escalateOverdue);
        assertThat(escalations(caseId)).isEqualTo(1);
        tickAt("2026-06-24T16:00:00Z", orders::escalateOverdue);
        assertThat(escalations(caseId)).as("escalated once").isEqualTo(1);
        given().when().get("/api/work-orders").then().statusCode(200)
                .body("find { it.id == " + id + " }.escalatedAt", org.hamcrest.Matchers.notNullValue());
    }

    static long escalations(String caseId) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.ESCALATED + "'");
    }
}
