package cn.onewindow.approval.joint;

import static cn.onewindow.approval.joint.JointCases.actor;
import static cn.onewindow.approval.joint.JointCases.events;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.approval.joint.service.JointReview;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * 上报件 (#24 item 2): the department gives its first-instance opinion within its limit and forwards; only the higher
 * authority (HBAMR, a department system) decides — through the department API, finding the case in its feed; the clock
 * shows both parts. Accepted Mon 23 Nov 2026 10:00: the first instance is due at the close of Mon 7 Dec (10 working
 * days); forwarded Wed 25 Nov 10:00, the authority's 20 working days end at the close of Wed 23 Dec.
 */
@QuarkusTest
class ForwardedCaseTest {
    static final String APPROVE = "{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"工业产品生产许可证\"}";
    static final String FORWARDED_AT = "2026-11-25T02:00:00Z";

    @Inject
    JointReview joint;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "初"),
            @Claim(key = "given_name", value = "审")})
    void theDepartmentForwardsWithItsOpinionAndNeverDecides() {
        TestClock.moveTo(Instant.parse(FORWARDED_AT));
        String caseId = JointCases.queued(JointCases.forwardedItem(), "FORWARDED");
        String cases = "/api/department/cases/" + caseId;
        given().when().get(cases).then().statusCode(200).body("part", equalTo("FIRST_INSTANCE"));
        given().contentType(ContentType.JSON).body(APPROVE).when().post(cases + "/decision").then().statusCode(409)
                .body("code", equalTo("forwarding-required"));
        String forwarding = "/api/cases/" + caseId + "/forwarding";
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\"}").when().post(forwarding).then().statusCode(400)
                .body("code", equalTo("reasons-required"));
        assertThat(events(caseId, EventTypes.CASE_FORWARDED)).isZero();
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + caseId + "' and forwarded_to is null")).isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\",\"reasons\":\"生产条件经现场核查符合要求\"}")
                .when().post(forwarding).then().statusCode(200)
                .body("forwarding.authorityName", equalTo("河北省市场监督管理局"))
                .body("forwarding.forwardedByName", equalTo("初审"))
                .body("forwarding.firstInstanceOnTime", equalTo(true))
                .body("forwarding.authorityDueAt", equalTo("2026-12-23T16:00:00Z"))
                .body("clockParts.part", contains("FIRST_INSTANCE", "AUTHORITY_DECISION"))
                .body("clockParts[0].due", equalTo("2026-12-07T16:00:00Z")).body("clockParts[0].state", equalTo("ON_TIME"))
                .body("clockParts[0].usedDays", equalTo(2))
                .body("clockParts[1].state", equalTo("RUNNING"));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_FORWARDED + "' and payload::jsonb ->> 'authorityCode' = 'HBAMR' and payload::jsonb ->> "
                + "'firstInstanceOpinion' = 'AGREE' and (payload::jsonb ->> 'firstInstanceOnTime')::boolean")).isEqualTo(1);
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\",\"reasons\":\"再次\"}").when().post(forwarding)
                .then().statusCode(409).body("code", equalTo("already-forwarded"));
        given().contentType(ContentType.JSON).body(APPROVE).when().post(cases + "/decision").then().statusCode(409)
                .body("code", equalTo("forwarded-to-authority"));
        // the case's clock shows both parts
        given().when().get(cases + "/clock").then().statusCode(200)
                .body("parts.part", contains("FIRST_INSTANCE", "AUTHORITY_DECISION"))
                .body("parts[1].due", equalTo("2026-12-23T16:00:00Z"));
        assertThat(events(caseId, EventTypes.CASE_DECIDED)).isZero();
    }

    @Test
    @TestSecurity(user = "service-account-dept-hbamr-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "HBAMR"))
    void theAuthorityFindsTheForwardedCaseInItsFeedAndDecidesIt() throws Throwable {
        TestClock.moveTo(Instant.parse(FORWARDED_AT));
        String item = JointCases.forwardedItem();
        String notYet = JointCases.queued(item, "FORWARDED");
        String caseId = JointCases.queued(item, "FORWARDED");
        // before the forwarding the authority knows nothing of the case
        given().when().get("/api/department/cases/" + caseId).then().statusCode(404);
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(404);
        VertxContextSupport.subscribeAndAwait(() -> joint.forward(caseId, "AGREE", "符合发证条件", actor("AMR", "初审员")));

        long seq = Sql.count("select authority_feed_seq from case_forwarding where case_id = '" + caseId + "'");
        given().when().get("/api/department/cases/feed?after=" + (seq - 1)).then().statusCode(200)
                .body("cases[0].caseId", equalTo(caseId)).body("cases[0].part", equalTo("AUTHORITY_DECISION"))
                .body("cases.caseId", not(hasItem(notYet)));
        given().when().get("/api/department/cases?status=QUEUED").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.part", equalTo("AUTHORITY_DECISION"));
        given().when().get("/api/cases/" + caseId + "/joint-review").then().statusCode(200)
                .body("part", equalTo("AUTHORITY_DECISION")).body("forwarding.opinion", equalTo("AGREE"));

        TestClock.moveTo(Instant.parse("2026-12-01T02:00:00Z"));
        given().contentType(ContentType.JSON).body(APPROVE).when().post("/api/department/cases/" + caseId + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_DECIDED + "' and payload::jsonb -> 'actor' ->> 'department' = 'HBAMR' "
                + "and payload::jsonb ->> 'departmentCode' = 'AMR'")).isEqualTo(1);
        given().when().get("/api/department/cases/" + caseId + "/clock").then().statusCode(200)
                .body("parts[0].state", equalTo("ON_TIME")).body("parts[1].state", equalTo("ON_TIME"))
                .body("parts[1].end", org.hamcrest.Matchers.startsWith("2026-12-01T02:00")); // the test clock runs on from there
        // the authority cannot forward (not its case) nor give a joint opinion
        given().contentType(ContentType.JSON).body("{\"opinion\":\"AGREE\",\"reasons\":\"x\"}")
                .when().post("/api/cases/" + notYet + "/forwarding").then().statusCode(404);
    }
}
