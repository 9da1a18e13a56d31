package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * The department API: every endpoint refuses another department's case and changes nothing; the
 * acceptance decision, examination steps with a fee and its payment confirmation, the chief
 * representative's signature on negative decisions, and the feed department systems poll.
 */
@QuarkusTest
class DepartmentApiTest {
    static final String NOW = "2026-11-23T02:00:00Z";

    /** Every department endpoint that names a case, with a valid body: method, path, body. */
    static List<String[]> caseEndpoints(String caseId) {
        String base = "/api/department/cases/" + caseId;
        return List.of(
                new String[] {"GET", base, null},
                new String[] {"GET", base + "/clock", null},
                new String[] {"GET", base + "/steps", null},
                new String[] {"POST", base + "/claim", "{}"},
                new String[] {"POST", base + "/acceptance", "{\"decision\":\"ACCEPT\"}"},
                new String[] {"POST", base + "/steps", "{\"kind\":\"SITE_CHECK\",\"note\":\"现场核查\"}"},
                new String[] {"POST", base + "/steps/" + UUID.randomUUID() + "/completion", "{\"outcome\":\"符合\"}"},
                new String[] {"POST", base + "/payments", "{\"amountCents\":5000,\"reference\":\"PAY-0001\"}"},
                new String[] {"POST", base + "/supplement-request", "{\"materials\":[{\"code\":\"X\",\"name\":\"某材料\"}]}"},
                new String[] {"POST", base + "/decision", "{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"许可证\"}"});
    }

    @Test
    @TestSecurity(user = "tax-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void everyEndpointRefusesAnotherDepartmentsCaseAndChangesNothing() {
        String amrCase = Routed.send("AMR", "RECEIVED_ONLY", 5, NOW, null);
        long events = Sql.count("select count(*) from outbox_event where aggregate_id = '" + amrCase + "'");
        var endpoints = caseEndpoints(amrCase);
        for (String[] e : endpoints) {
            var req = given().contentType(ContentType.JSON);
            if (e[2] != null) {
                req = req.body(e[2]);
            }
            var res = "GET".equals(e[0]) ? req.when().get(e[1]) : req.when().post(e[1]);
            // the very answer a case that does not exist gets (#20, item 10): no one learns which numbers are cases
            res.then().statusCode(404).body("code", equalTo("not-found"))
                    .body("detail", equalTo("办件 case not found: " + amrCase)).body("detailZh", equalTo("未找到办件 case：" + amrCase));
        }
        assertThat(endpoints).hasSize(10);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + amrCase
                + "' and status = 'AWAITING_ACCEPTANCE' and assignee_id is null")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + amrCase + "'")).isEqualTo(events);
        assertThat(Sql.count("select count(*) from examination_step where case_id = '" + amrCase + "'")).isZero();
        // the feed and the queue show only the system's own department
        given().when().get("/api/department/cases/feed?after=0&limit=500").then().statusCode(200)
                .body("cases.caseId", not(hasItem(amrCase)));
        given().when().get("/api/department/cases?status=AWAITING_ACCEPTANCE").then().statusCode(200)
                .body("caseId", not(hasItem(amrCase)));
    }

    @Test
    @TestSecurity(user = "fdc-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "FDC")) // its own: no other case lands between the cursors
    void aDepartmentSystemPollsTheFeedWithACursor() {
        long start = given().when().get("/api/department/cases/feed?after=0&limit=500").then().statusCode(200)
                .extract().jsonPath().getLong("nextCursor");
        // drain to the end, then two new cases arrive
        long cursor = start;
        while (true) {
            var page = given().when().get("/api/department/cases/feed?after=" + cursor + "&limit=500").then().extract().jsonPath();
            if (page.getList("cases").isEmpty()) {
                break;
            }
            cursor = page.getLong("nextCursor");
        }
        String first = Routed.send("FDC", "ACCEPTED_ON_SPOT", 5, NOW, null);
        String second = Routed.send("FDC", "ACCEPTED_ON_SPOT", 5, NOW, null);
        var page = given().when().get("/api/department/cases/feed?after=" + cursor + "&limit=1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("cases.caseId")).containsExactly(first);
        page = given().when().get("/api/department/cases/feed?after=" + page.getLong("nextCursor")).then().extract().jsonPath();
        assertThat(page.getList("cases.caseId")).containsExactly(second);
        given().when().get("/api/department/cases/feed?after=" + page.getLong("nextCursor")).then()
                .body("cases", org.hamcrest.Matchers.empty());
        given().when().get("/api/department/cases/feed?limit=0").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "赵"),
            @Claim(key = "given_name", value = "审")})
    void aReceivedFileIsAcceptedExaminedWithAFeeAndNeedsTheChiefToDeny() {
        String caseId = Routed.send("AMR", "RECEIVED_ONLY", 5, NOW, null);
        String base = "/api/department/cases/" + caseId;
        given().when().get(base).then().body("status", equalTo("AWAITING_ACCEPTANCE")).body("clockKind", equalTo("ACCEPTANCE_DAYS"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"许可证\"}")
                .when().post(base + "/decision").then().statusCode(409).body("code", equalTo("not-accepted-yet"));
        given().contentType(ContentType.JSON).body("{\"decision\":\"REJECT\",\"reasons\":\"不属于本部门职权\"}")
                .when().post(base + "/acceptance").then().statusCode(403).body("code", equalTo("chief-representative-required"));

        given().contentType(ContentType.JSON).body("{}").when().post(base + "/claim").then().statusCode(200)
                .body("assigneeName", equalTo("赵审"));
        given().contentType(ContentType.JSON).body("{\"decision\":\"ACCEPT\"}").when().post(base + "/acceptance")
                .then().statusCode(200).body("status", equalTo("QUEUED")).body("clockKind", equalTo("DECISION"));
        given().when().get("/api/department/cases?status=QUEUED&mine=true").then().body("caseId", hasItem(caseId));

        // a fee stops the clock until the payment platform confirms the amount
        String fee = given().contentType(ContentType.JSON).body("{\"kind\":\"FEE\",\"note\":\"工本费\",\"amountCents\":5000}")
                .when().post(base + "/steps").then().statusCode(200).extract().path("id");
        given().when().get(base).then().body("clockState", equalTo("STOPPED"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"已缴\"}").when().post(base + "/steps/" + fee + "/completion")
                .then().statusCode(409).body("code", equalTo("awaiting-payment"));
        given().contentType(ContentType.JSON).body("{\"amountCents\":4000,\"reference\":\"PAY-20261123-1\"}")
                .when().post(base + "/payments").then().statusCode(400).body("code", equalTo("amount-mismatch"));
        given().contentType(ContentType.JSON).body("{\"amountCents\":5000,\"reference\":\"PAY-20261123-1\"}")
                .when().post(base + "/payments").then().statusCode(200).body("outcome", equalTo("PAID"));
        given().when().get(base).then().body("clockState", equalTo("NORMAL"));

        // a site check runs on the clock; an open step blocks the decision
        String check = given().contentType(ContentType.JSON).body("{\"kind\":\"SITE_CHECK\",\"note\":\"核查经营场所\"}")
                .when().post(base + "/steps").then().statusCode(200).extract().path("id");
        given().when().get(base).then().body("clockState", equalTo("NORMAL"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"DENIED\",\"reasons\":\"场所不符合要求\"}")
                .when().post(base + "/decision").then().statusCode(403).body("code", equalTo("chief-representative-required"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"许可证\"}")
                .when().post(base + "/decision").then().statusCode(409).body("code", equalTo("step-open"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"场所符合要求\"}").when().post(base + "/steps/" + check + "/completion")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle",
                        "食品经营许可证", "resultNumber", "JY11101050000123", "validUntil", "2031-11-22"))
                .when().post(base + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("resultNumber", equalTo("JY11101050000123"));
        assertThat(Routed.events(caseId, EventTypes.STEP_RECORDED)).isEqualTo(4);
        assertThat(Routed.events(caseId, EventTypes.CLOCK_STOPPED)).isEqualTo(1);
        assertThat(Routed.events(caseId, EventTypes.CLOCK_RESUMED)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = {"chief-representative", "department-reviewer"})
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "钱"),
            @Claim(key = "given_name", value = "首席")})
    void theChiefRepresentativeDeniesInWritingWithTheApplicantsRights() {
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, NOW, null);
        given().contentType(ContentType.JSON).body("{\"assigneeId\":\"reviewer-2\",\"assigneeName\":\"孙审\"}")
                .when().post("/api/department/cases/" + caseId + "/claim").then().statusCode(200)
                .body("assigneeName", equalTo("孙审"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"DENIED\",\"reasons\":\"经营场所位于居民楼内，不符合食品安全要求\"}")
                .when().post("/api/department/cases/" + caseId + "/decision").then().statusCode(200)
                .body("status", equalTo("DENIED")).body("decidedByName", equalTo("钱首席"))
                .body("remedies", org.hamcrest.Matchers.containsString("60日内向廊坊市人民政府申请行政复议"))
                .body("remedies", org.hamcrest.Matchers.containsString("6个月内向廊坊市广阳区人民法院提起行政诉讼"));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_DECIDED + "' and payload like '%行政复议%'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aReviewerCannotAssignColleaguesOrTakeAClaimedCase() {
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, NOW, null);
        given().contentType(ContentType.JSON).body("{\"assigneeId\":\"someone-else\"}")
                .when().post("/api/department/cases/" + caseId + "/claim").then().statusCode(403)
                .body("code", equalTo("chief-representative-required"));
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + caseId + "' and assignee_id is null"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "chief-blc", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "BLC")) // its own: cases of earlier modules' tests still arrive for NRP
    void withBalancingOnNewCasesGoToTheLeastLoadedReviewerOnDuty() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String r1 = "r1-" + run;
        String r2 = "r2-" + run;
        given().contentType(ContentType.JSON).body(Map.of("balancing", true, "reviewers", List.of(
                        Map.of("id", r1, "name", "周审", "onDuty", true), Map.of("id", r2, "name", "吴审", "onDuty", true))))
                .when().put("/api/department/roster").then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            Routed.send("BLC", "ACCEPTED_ON_SPOT", 5, NOW, null);
        }
        assertThat(Sql.count("select count(*) from approval_case where assignee_id = '" + r1 + "'")).isEqualTo(2);
        assertThat(Sql.count("select count(*) from approval_case where assignee_id = '" + r2 + "'")).isEqualTo(2);
        // 吴审 goes off duty: the next case goes to 周审 although both carry two
        given().contentType(ContentType.JSON).body(Map.of("balancing", true, "reviewers", List.of(
                        Map.of("id", r1, "name", "周审", "onDuty", true), Map.of("id", r2, "name", "吴审", "onDuty", false))))
                .when().put("/api/department/roster").then().statusCode(200);
        String next = Routed.send("BLC", "ACCEPTED_ON_SPOT", 5, NOW, null);
        given().when().get("/api/department/cases/" + next).then().body("assigneeName", equalTo("周审"));
        // balancing off: cases stay in the department queue for reviewers to claim
        given().contentType(ContentType.JSON).body(Map.of("balancing", false, "reviewers", List.of()))
                .when().put("/api/department/roster").then().statusCode(200);
        String unassigned = Routed.send("BLC", "ACCEPTED_ON_SPOT", 5, NOW, null);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + unassigned + "' and assignee_id is null"))
                .isEqualTo(1);
    }
}
