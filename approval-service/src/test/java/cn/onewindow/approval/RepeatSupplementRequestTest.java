package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * 一次性告知 across rounds: after the applicant supplied a supplement request, the department may ask again only for a
 * problem raised by the newly supplied material, with the reason — any other request is refused and changes nothing;
 * the allowed one carries its round and reason on the event, and supervisors list it. (Ordered: the supervisor's list
 * shows the round the reviewer made.)
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepeatSupplementRequestTest {
    static final String NOW = "2026-11-23T02:00:00Z";
    static final String REQUESTED = EventTypes.SUPPLEMENT_REQUESTED;
    static String repeated;

    static Map<String, Object> request(String code, String name, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(Map.of("materials", List.of(Map.of("code", code, "name", name,
                "problem", "复印件不清晰"))));
        body.putAll(extra);
        return body;
    }

    /** The window reports everything asked for handed in (as intake does on {@link Topics#INTAKE_CASE}). */
    static void supplied(String caseId, int endedSteps) {
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.DEFERRED_MATERIALS_SUPPLIED, """
                {"caseId":"%s","supplied":["ADDR"],"complete":true,"suppliedAt":"2026-11-23T05:00:00Z",
                 "actor":{"userId":"clerk-1","username":"clerk1","name":"王窗","post":"window-clerk"}}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from examination_step where case_id = '" + caseId
                + "' and kind = 'SUPPLEMENT' and ended_at is not null", endedSteps)).isEqualTo(endedSteps);
    }

    static long[] state(String caseId) {
        return new long[] {Sql.count("select count(*) from examination_step where case_id = '" + caseId + "'"),
                Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "'"),
                Sql.count("select count(*) from clock_suspension where case_id = '" + caseId + "'")};
    }

    @Test
    @Order(1)
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void afterTheApplicantSuppliedOnlyANewProblemInTheSuppliedMaterialAllowsAnotherRequest() {
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, NOW, null);
        String base = "/api/department/cases/" + caseId + "/supplement-request";
        given().contentType(ContentType.JSON).body(request("ADDR", "住所使用证明", Map.of())).when().post(base)
                .then().statusCode(200).body("clockState", equalTo("STOPPED"));
        supplied(caseId, 1);

        // asked once, supplied: asking again without a new problem is refused, and nothing changes
        long[] before = state(caseId);
        given().contentType(ContentType.JSON).body(request("LEASE", "房屋租赁合同", Map.of())).when().post(base)
                .then().statusCode(409).body("code", equalTo("supplement-already-requested"))
                .body("detailZh", containsString("新的问题")).body("detail", containsString("newProblemInSuppliedMaterial"));
        given().contentType(ContentType.JSON).body(request("LEASE", "房屋租赁合同", Map.of("newProblemInSuppliedMaterial", false,
                "reason", "想再看看租赁合同"))).when().post(base).then().statusCode(409);
        // a new problem declared, but not said what it is
        given().contentType(ContentType.JSON).body(request("LEASE", "房屋租赁合同", Map.of("newProblemInSuppliedMaterial", true,
                "reason", "  "))).when().post(base).then().statusCode(422).body("code", equalTo("repeat-reason-required"))
                .body("detailZh", notNullValue());
        assertThat(state(caseId)).containsExactly(before);
        given().when().get("/api/department/cases/" + caseId).then()
                .body("clockState", org.hamcrest.Matchers.not(equalTo("STOPPED"))); // the refusals stopped no clock

        // the supplied address proof names a leased flat: the lease is a new problem of the supplied material
        String reason = "补交的住所使用证明显示房屋为租赁，需补充房屋租赁合同";
        given().contentType(ContentType.JSON).body(request("LEASE", "房屋租赁合同", Map.of("newProblemInSuppliedMaterial", true,
                "reason", reason))).when().post(base).then().statusCode(200).body("clockState", equalTo("STOPPED"));
        assertThat(Sql.count("select count(*) from examination_step where case_id = '" + caseId + "' and kind = 'SUPPLEMENT'"
                + " and request_round = 2 and repeat_reason = '" + reason + "' and ended_at is null")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + REQUESTED + "' and payload like '%\"round\":2%' and payload like '%\"newProblemInSuppliedMaterial\":true%'"
                + " and payload like '%" + reason + "%'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + REQUESTED + "' and payload like '%\"round\":1%'")).as("the first request says it is the first").isEqualTo(1);
        // the department sees the round and reason on the case's steps
        given().when().get("/api/department/cases/" + caseId + "/steps").then().statusCode(200)
                .body("repeatReason", hasItem(reason)).body("requestRound", hasItem(2));
        // and while it is pending, nothing more may be asked, new problem or not
        given().contentType(ContentType.JSON).body(request("ID", "身份证件", Map.of("newProblemInSuppliedMaterial", true,
                "reason", "另一个问题"))).when().post(base).then().statusCode(409).body("code", equalTo("supplement-pending"));
        repeated = caseId;
    }

    @Test
    @Order(2)
    @TestSecurity(user = "supervisor-test", roles = "supervisor")
    void supervisorsListTheLaterRoundsWithTheirReasons() {
        assertThat(repeated).as("the reviewer's test made a later round").isNotNull();
        // the day the later round was made, in the hall's zone (whatever the test clock said then)
        String today = Sql.text("select cast((started_at at time zone 'Asia/Shanghai') as date) from examination_step "
                + "where case_id = '" + repeated + "' and request_round = 2");
        given().when().get("/api/supervision/repeat-supplement-requests?from=" + today + "&to=" + today).then().statusCode(200)
                .body("find { it.caseId == '" + repeated + "' }.round", equalTo(2))
                .body("find { it.caseId == '" + repeated + "' }.reason", containsString("房屋租赁合同"))
                .body("find { it.caseId == '" + repeated + "' }.departmentCode", equalTo("AMR"))
                .body("caseId", org.hamcrest.Matchers.everyItem(notNullValue()));
        given().when().get("/api/supervision/repeat-supplement-requests?from=" + today + "&to=2000-01-01").then().statusCode(400)
                .body("code", equalTo("bad-period"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aSecondOneTimeNoticeAtAcceptanceFollowsTheSameRule() {
        String caseId = Routed.send("AMR", "RECEIVED_ONLY", 5, NOW, null);
        String base = "/api/department/cases/" + caseId + "/acceptance";
        var materials = List.of(Map.of("code", "ADDR", "name", "住所使用证明", "problem", "缺少"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "NOTIFY", "materials", materials, "reasons", "缺少住所证明"))
                .when().post(base).then().statusCode(200).body("status", equalTo("AWAITING_ACCEPTANCE"));
        supplied(caseId, 1);
        long[] before = state(caseId);
        given().contentType(ContentType.JSON).body(Map.of("decision", "NOTIFY", "materials", materials, "reasons", "再看看"))
                .when().post(base).then().statusCode(409).body("code", equalTo("supplement-already-requested"));
        assertThat(state(caseId)).containsExactly(before);
        given().contentType(ContentType.JSON).body(Map.of("decision", "NOTIFY", "newProblemInSuppliedMaterial", true,
                        "materials", List.of(Map.of("code", "LEASE", "name", "房屋租赁合同", "problem", "缺少")),
                        "reasons", "补交的住所证明为租赁房屋，需附租赁合同"))
                .when().post(base).then().statusCode(200);
        assertThat(Sql.count("select count(*) from examination_step where case_id = '" + caseId
                + "' and request_round = 2 and repeat_reason like '%租赁合同%'")).isEqualTo(1);
    }
}
