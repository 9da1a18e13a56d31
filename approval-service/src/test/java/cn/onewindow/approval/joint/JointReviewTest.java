package cn.onewindow.approval.joint;

import static cn.onewindow.approval.joint.JointCases.actor;
import static cn.onewindow.approval.joint.JointCases.events;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.approval.joint.service.CatalogueNotYetHere;
import cn.onewindow.approval.joint.service.JointReview;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * 联审联办 (#24 item 2) on real PostgreSQL and Kafka: a JOINT case opens one opinion task per co-department as it
 * arrives (in the co-department's feed and queue); each gives its opinion once, late after the lead's deadline; the lead
 * decides once every opinion is in — or after its deadline, the missing ones recorded — and there is one decision. A
 * JOINT case before approval's catalogue copy names its co-departments is retried, never queued as an ordinary case.
 */
@QuarkusTest
class JointReviewTest {
    static final String APPROVE = "{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"特种行业许可证\"}";

    @Inject
    JointReview joint;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    void opinion(String caseId, String department, String opinion) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> joint.recordOpinion(caseId, opinion, "意见理由", actor(department, department + "审查员")));
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "牵"),
            @Claim(key = "given_name", value = "头")})
    void theLeadDecidesOnceEveryOpinionIsInAndThereIsOneDecision() throws Throwable {
        TestClock.moveTo(Instant.parse("2026-11-24T02:00:00Z"));
        String caseId = JointCases.queued(JointCases.jointItem(true), "JOINT");
        assertThat(Sql.count("select count(*) from joint_opinion where case_id = '" + caseId
                + "' and lead_department = 'AMR' and opinion is null and feed_seq > 0")).isEqualTo(2);
        String base = "/api/cases/" + caseId;
        given().when().get(base + "/joint-review").then().statusCode(200)
                .body("kind", equalTo("JOINT")).body("part", equalTo("DECISION"))
                .body("pendingDepartments", containsInAnyOrder("PSB", "TAX")).body("leadMayDecide", equalTo(false));

        // the lead before the opinions: refused, nothing written
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(409).body("code", equalTo("joint-opinions-pending"));
        // the lead is no co-department of its own case
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\"}").when().post(base + "/joint-opinion")
                .then().statusCode(403).body("code", equalTo("not-co-department"));
        assertThat(events(caseId, EventTypes.CASE_DECIDED)).isZero();
        assertThat(events(caseId, EventTypes.JOINT_OPINION_RECORDED)).isZero();

        opinion(caseId, "TAX", "AGREE");
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(409).body("code", equalTo("joint-opinions-pending")).body("detail", org.hamcrest.Matchers.containsString("PSB"));
        opinion(caseId, "PSB", "DISAGREE");
        given().when().get(base + "/joint-review").then().statusCode(200).body("leadMayDecide", equalTo(true))
                .body("opinions.findAll { it.state == 'GIVEN' }.departmentCode", containsInAnyOrder("PSB", "TAX"))
                .body("opinions.find { it.departmentCode == 'PSB' }.opinion", equalTo("DISAGREE"))
                .body("opinions.find { it.departmentCode == 'TAX' }.late", equalTo(false));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.JOINT_OPINION_RECORDED + "' and payload::jsonb ->> 'leadDepartmentCode' = 'AMR'")).isEqualTo(2);

        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(409).body("code", equalTo("already-decided"));
        assertThat(events(caseId, EventTypes.CASE_DECIDED)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = {"chief-representative", "department-reviewer"})
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void afterItsDeadlineTheLeadDecidesWithoutTheMissingOpinionRecorded() throws Throwable {
        TestClock.moveTo(Instant.parse("2026-11-24T02:00:00Z"));
        String caseId = JointCases.queued(JointCases.jointItem(true), "JOINT");
        opinion(caseId, "TAX", "AGREE");
        String deadline = Sql.text("select to_char(deadline at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from approval_case where case_id = '" + caseId + "'");
        TestClock.moveTo(Instant.parse(deadline).plusSeconds(60));
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(200);
        assertThat(Sql.count("select count(*) from joint_opinion where case_id = '" + caseId
                + "' and department_code = 'PSB' and opinion is null and missing_at_decision is not null")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from joint_opinion where case_id = '" + caseId
                + "' and department_code = 'TAX' and missing_at_decision is null")).isEqualTo(1);
        given().when().get("/api/cases/" + caseId + "/joint-review").then().statusCode(200)
                .body("opinions.find { it.departmentCode == 'PSB' }.state", equalTo("MISSING"));
    }

    @Test
    @TestSecurity(user = "tax-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void aCoDepartmentFindsItsTaskInTheFeedAndGivesItsOpinionOnceLateAfterTheLeadsDeadline() {
        TestClock.moveTo(Instant.parse("2026-11-24T02:00:00Z"));
        String item = JointCases.jointItem(true);
        String caseId = JointCases.queued(item, "JOINT");
        long seq = Sql.count("select feed_seq from joint_opinion where case_id = '" + caseId + "' and department_code = 'TAX'");
        given().when().get("/api/department/cases/feed?after=" + (seq - 1) + "&limit=1").then().statusCode(200)
                .body("cases.caseId", contains(caseId)).body("cases[0].part", equalTo("JOINT_OPINION"))
                .body("cases[0].cursor", equalTo((int) seq)).body("nextCursor", equalTo((int) seq));
        given().when().get("/api/department/cases?status=QUEUED").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.part", equalTo("JOINT_OPINION"));
        // the case itself stays the lead's: the co-department reads it through the joint review
        given().when().get("/api/department/cases/" + caseId).then().statusCode(404);
        given().when().get("/api/cases/" + caseId + "/joint-review").then().statusCode(200).body("part", equalTo("JOINT_OPINION"));

        String opinion = "/api/cases/" + caseId + "/joint-opinion";
        given().contentType(ContentType.JSON).body("{\"opinion\":\"DISAGREE\"}").when().post(opinion).then().statusCode(400)
                .body("code", equalTo("reasons-required"));
        given().contentType(ContentType.JSON).body("{\"opinion\":\"MAYBE\"}").when().post(opinion).then().statusCode(400);
        assertThat(events(caseId, EventTypes.JOINT_OPINION_RECORDED)).isZero();
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\",\"reasons\":\"纳税人信息已确认\"}").when().post(opinion)
                .then().statusCode(200).body("opinions.find { it.departmentCode == 'TAX' }.state", equalTo("GIVEN"));
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\"}").when().post(opinion).then().statusCode(409)
                .body("code", equalTo("opinion-already-given"));
        assertThat(events(caseId, EventTypes.JOINT_OPINION_RECORDED)).isEqualTo(1);
        // the open queue lists only what is still owed
        given().when().get("/api/department/cases?status=QUEUED").then().body("caseId", not(hasItem(caseId)));

        // after the lead's deadline an opinion is still taken, marked late
        String late = JointCases.queued(item, "JOINT");
        String deadline = Sql.text("select to_char(deadline at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from approval_case where case_id = '" + late + "'");
        TestClock.moveTo(Instant.parse(deadline));
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\"}").when().post("/api/cases/" + late + "/joint-opinion")
                .then().statusCode(200).body("opinions.find { it.departmentCode == 'TAX' }.late", equalTo(true));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + late + "' and event_type = '"
                + EventTypes.JOINT_OPINION_RECORDED + "' and (payload::jsonb ->> 'late')::boolean")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "HRSS"))
    void aDepartmentWithNoPartInTheCaseLearnsNothingOfIt() {
        String caseId = JointCases.queued(JointCases.jointItem(true), "JOINT");
        given().when().get("/api/cases/" + caseId + "/joint-review").then().statusCode(404).body("code", equalTo("not-found"));
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\"}").when().post("/api/cases/" + caseId + "/joint-opinion")
                .then().statusCode(404).body("code", equalTo("not-found"));
        assertThat(events(caseId, EventTypes.JOINT_OPINION_RECORDED)).isZero();
    }

    @Test
    void aJointCaseWaitsForTheCatalogueCopyAndIsNeverQueuedAsAnOrdinaryCase() throws Throwable {
        // the rule itself: no copy naming the co-departments, no arrival
        var c = new ApprovalCase();
        c.caseId = "T-no-copy";
        c.itemCode = "TSTJ-never-published";
        c.itemType = "JOINT";
        c.departmentCode = "AMR";
        c.acceptedAt = Instant.parse(JointCases.ACCEPTED);
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> joint.opened(c))))
                .isInstanceOf(CatalogueNotYetHere.class);

        // the routed case arrives before its item's copy: retried by the inbox, queued with its tasks once the copy is there
        String item = "TSTJ-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String caseId = JointCases.route(item, "JOINT");
        Thread.sleep(1500); // a few of its retries
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + caseId + "'")).isZero();
        JointCases.publish(item, "\"itemType\":\"JOINT\",\"joint\":{\"coDepartments\":[\"TAX\",\"PSB\"]}", false);
        assertThat(Sql.awaitCount("select count(*) from joint_opinion where case_id = '" + caseId + "'", 2)).isEqualTo(2);
        assertThat(events(caseId, EventTypes.CASE_QUEUED)).isEqualTo(1);
    }
}
