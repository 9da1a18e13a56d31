package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * 多情形受理 at the window: AMR-0008 taken in for its situation 注销 (CANCEL) checks that situation's materials alone (no
 * business licence asked for), the case gets the situation's limits (promised 1, statutory 10 working days: on the case,
 * its event and its printed acceptance notice) and keeps the situation; without a situation, with another item's, or
 * with one for an item that has none, the take-in is refused and nothing is written. Real PostgreSQL and Kafka; the
 * test's clock.
 */
@QuarkusTest
class SituationTakeInTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ITEM = "AMR-0008";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static Map<String, String> m(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    static ExtractableResponse<Response> takeIn(String item, String creditCode, List<Map<String, String>> materials, String situation) {
        var body = new HashMap<String, Object>(Map.of("itemCode", item, "applicant",
                Map.of("kind", "ORGANISATION", "name", "情形测试药房有限公司", "idNumber", creditCode), "materials", materials,
                "deliveryMethod", "PICKUP", "reviewPoints", ReviewPointsFixture.confirmed(item)));
        if (situation != null) {
            body.put("situationCode", situation);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().extract();
    }

    static final List<Map<String, String>> CANCEL_MATERIALS = List.of(m("APP", "PROVIDED"), m("LICENCE", "ORIGINAL_VERIFIED"),
            m("POA", "NOT_APPLICABLE"));

    @Test
    @TestSecurity(user = "situation-clerk", roles = "window-clerk")
    @OidcSecurity(claims = {@Claim(key = "family_name", value = "王"), @Claim(key = "given_name", value = "情"),
            @Claim(key = "hall", value = "DX")})
    void theSituationsMaterialsAndLimitsAreTheCases() throws Exception {
        TestClock.moveTo(Instant.parse("2026-12-14T02:00:00Z")); // Mon 14 Dec, 10:00 in the hall
        String code = CommitmentsTest.freshCreditCode();
        var taken = takeIn(ITEM, code, CANCEL_MATERIALS, "CANCEL");
        assertThat(taken.statusCode()).as(taken.body().asString()).isEqualTo(201);
        String caseId = taken.path("intakeCase.caseId");
        assertThat((String) taken.path("intakeCase.situationCode")).isEqualTo("CANCEL");
        assertThat((String) taken.path("intakeCase.situationName")).isEqualTo("注销");
        assertThat((Integer) taken.path("intakeCase.promisedDays")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId
                + "' and situation_code = 'CANCEL' and situation_name = '注销' and statutory_days = 10 and promised_days = 1")).isEqualTo(1);

        var events = Events.received(Topics.INTAKE_CASE, caseId, 1);
        var accepted = events.stream().filter(e -> e.type().equals(EventTypes.CASE_TAKEN_IN)).findFirst().orElseThrow();
        JsonNode data = JSON.readTree(accepted.value());
        assertThat(data.path("situationCode").asText()).isEqualTo("CANCEL");
        assertThat(data.path("promisedDays").asInt()).isEqualTo(1);
        assertThat(data.path("statutoryDays").asInt()).isEqualTo(10);

        // the case view and the printed acceptance notice say so
        given().when().get("/api/cases/" + caseId).then().statusCode(200);
        assertThat((String) given().when().get("/api/cases/" + caseId).then().extract().path("situationName")).isEqualTo("注销");
        String text = DocumentsTest.text("/api/cases/" + caseId + "/document");
        assertThat(text).contains("受理通知书", "办理情形：注销", "承诺办结时限：1个工作日");
    }

    @Test
    @TestSecurity(user = "situation-clerk", roles = "window-clerk")
    @OidcSecurity(claims = {@Claim(key = "family_name", value = "王"), @Claim(key = "given_name", value = "情"),
            @Claim(key = "hall", value = "DX")})
    void anotherSituationAnotherChecklistAndAnotherLimit() {
        TestClock.moveTo(Instant.parse("2026-12-14T02:30:00Z"));
        String code = CommitmentsTest.freshCreditCode();
        // 新设: its own materials — no licence yet (LICENCE, a key material of the item, is not asked for), 10 working days
        var taken = takeIn(ITEM, code, List.of(m("APP", "PROVIDED"), m("BL", "ORIGINAL_VERIFIED"), m("PHARM", "ORIGINAL_VERIFIED"),
                m("LAYOUT", "PROVIDED"), m("QMS", "PROVIDED"), m("POA", "NOT_APPLICABLE")), "NEW");
        assertThat(taken.statusCode()).as(taken.body().asString()).isEqualTo(201);
        assertThat((String) taken.path("intakeCase.situationCode")).isEqualTo("NEW");
        assertThat((Integer) taken.path("intakeCase.promisedDays")).isEqualTo(10);
        // the same hand-in for 注销 lacks the licence: nothing is taken in for it
        String other = CommitmentsTest.freshCreditCode();
        var cancel = takeIn(ITEM, other, List.of(m("APP", "PROVIDED"), m("BL", "ORIGINAL_VERIFIED"),
                m("PHARM", "ORIGINAL_VERIFIED"), m("POA", "NOT_APPLICABLE")), "CANCEL");
        assertThat(cancel.statusCode()).as(cancel.body().asString()).isNotEqualTo(201);
        if (cancel.statusCode() == 200) { // the one-time notice (not waiting for a sign-off): the licence, and only it
            List<String> problems = cancel.path("problems.code");
            assertThat(problems).containsExactly("LICENCE");
        }
        assertThat(Sql.count("select count(*) from intake_case where applicant_id = '" + other + "'")).isZero();
    }

    @Test
    @TestSecurity(user = "situation-clerk", roles = "window-clerk")
    @OidcSecurity(claims = {@Claim(key = "family_name", value = "王"), @Claim(key = "given_name", value = "情"),
            @Claim(key = "hall", value = "DX")})
    void aTakeInWithoutItsSituationOrWithAnotherItemsIsRefusedAndNothingIsWritten() {
        String code = CommitmentsTest.freshCreditCode();
        long notices = Sql.count("select count(*) from intake_notice");
        var without = takeIn(ITEM, code, CANCEL_MATERIALS, null);
        assertThat(without.statusCode()).as(without.body().asString()).isEqualTo(422);
        assertThat((String) without.path("code")).isEqualTo("situation-required");
        assertThat((String) without.path("detailZh")).contains("AMR-0008");

        var unknown = takeIn(ITEM, code, CANCEL_MATERIALS, "MERGE");
        assertThat((String) unknown.path("code")).isEqualTo("unknown-situation");
        assertThat(unknown.statusCode()).isEqualTo(422);

        // AMR-0001 has no situations: a situation named for it is not its own
        var materials = new ArrayList<>(List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"), m("LR-ID", "ORIGINAL_VERIFIED"),
                m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")));
        var other = takeIn("AMR-0001", code, materials, "CANCEL");
        assertThat(other.statusCode()).as(other.body().asString()).isEqualTo(422);
        assertThat((String) other.path("code")).isEqualTo("unknown-situation");

        var malformed = takeIn(ITEM, code, CANCEL_MATERIALS, "cancel");
        assertThat(malformed.statusCode()).isEqualTo(400);

        assertThat(Sql.count("select count(*) from intake_case where applicant_id = '" + code + "'")).isZero();
        assertThat(Sql.count("select count(*) from intake_notice")).isEqualTo(notices);
    }
}
