package cn.onewindow.intake.signoff.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.intake.signoff.model.SignOff;
import cn.onewindow.intake.signoff.rules.SignOffRules;
import cn.onewindow.intake.signoff.service.SignOffs;
import cn.onewindow.platform.problem.ProblemException;
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
 * 窗口无否决权 on the real database: a return, an out-of-scope answer or a 容缺 refusal at the window is answered 202 and
 * waits — no notice — until another person of the mid desk (or the chief representative) of the hall signs it off;
 * CONFIRM issues the notice, OVERRULE lets the same file be taken in, once. A window clerk decides nothing. The second
 * person's decision is made through the service where the test's one identity is the clerk's.
 */
@QuarkusTest
class SignOffTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PERSON = "11010519491231002X";
    static final String COMPANY = "91350100M000100Y43";
    /** Wednesday 16 December 2026, 10:00 in the hall (DX: 9:00–17:00). */
    static final Instant TEN = Instant.parse("2026-12-16T02:00:00Z");

    @Inject
    SignOffs signOffs;

    @BeforeEach
    void wednesdayMorning() {
        TestClock.moveTo(TEN);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static Map<String, String> m(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    static Map<String, Object> takeIn(String item, String id, List<Map<String, String>> materials, Map<String, Object> extra) {
        var body = new HashMap<String, Object>(Map.of("itemCode", item,
                "applicant", Map.of("kind", id.startsWith("9") ? "ORGANISATION" : "PERSON", "name", "审核测试人", "idNumber", id),
                "materials", materials, "deliveryMethod", "PICKUP", "reviewPoints", confirmed(item)));
        body.putAll(extra);
        return body;
    }

    static final List<Map<String, String>> AMR3_WHOLE = List.of(m("APP", "PROVIDED"), m("ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"));
    /** AMR-0001 without the articles of association (key) and the address proof: 容缺 is refused (a key material). */
    static final List<Map<String, String>> AMR1_KEY_MISSING = List.of(m("APP", "PROVIDED"), m("AOA", "MISSING"),
            m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "MISSING"), m("POA", "NOT_APPLICABLE"));
    static final Map<String, Object> SIGNED = Map.of("deferral", Map.of("commitmentSigned", true));

    static SignOffRules.Signer midDesk(String userId) {
        return new SignOffRules.Signer(new Actor(userId, userId, "陈中台", "mid-desk", null, null, null), "DX", null);
    }

    SignOff decide(String id, String decision, SignOffRules.Signer signer) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> signOffs.decide(UUID.fromString(id), decision, "核实后决定", signer));
    }

    static long count(String sql) {
        return Sql.count(sql);
    }

    @Test
    @TestSecurity(user = "clerk-so", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void aReturnWaitsForTheSignOffAndItsNoticeExistsOnlyAfterTheConfirmation() throws Throwable {
        long notices = count("select count(*) from intake_notice");
        long cases = count("select count(*) from intake_case");
        String id = given().contentType(ContentType.JSON).body(takeIn("AMR-0003", PERSON, AMR3_WHOLE,
                        Map.of("outOfScopeReason", "申请事项属于市级权限，不属于本中心受理范围")))
                .when().post("/api/cases").then().statusCode(202)
                .body("status", equalTo("PENDING_SIGN_OFF")).body("kind", equalTo("OUT_OF_SCOPE"))
                .body("dueAt", startsWith("2026-12-16T02:15:00")) // 15 office minutes of the hall (the test clock runs on)
                .body("applicantMessageZh", containsString("正在审核")).body("noticeNumber", nullValue())
                .extract().path("signOffId");
        // nothing refused yet: no notice, no case; the request is on record and announced
        assertThat(count("select count(*) from intake_notice")).isEqualTo(notices);
        assertThat(count("select count(*) from intake_case")).isEqualTo(cases);
        assertThat(count("select count(*) from sign_off where id = '" + id + "' and status = 'PENDING' and requested_by_id = 'clerk-so'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id + "' and event_type = '"
                + EventTypes.SIGN_OFF_REQUESTED + "'")).isEqualTo(1);
        assertThat(count("select count(*) from trail_entry where aggregate_id = '" + id + "' and actor_id = 'clerk-so'")).isEqualTo(1);

        // the window follows it; it cannot decide it, nor see the desk's list
        given().when().get("/api/sign-offs/" + id).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("minutesLeft", both(greaterThan(13)).and(lessThanOrEqualTo(15))).body("overdue", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "reasons", "同意退回"))
                .when().post("/api/sign-offs/" + id + "/decision").then().statusCode(403);
        given().when().get("/api/sign-offs").then().statusCode(403);
        assertThat(count("select count(*) from sign_off where id = '" + id + "' and status = 'PENDING'")).isEqualTo(1);

        // the mid desk confirms twenty minutes on: late, and the notice is issued now — the window's notice, in its name
        TestClock.moveTo(TEN.plusSeconds(20 * 60));
        var confirmed = decide(id, "CONFIRM", midDesk("mid-so"));
        assertThat(confirmed.decidedLate).isTrue();
        String number = confirmed.noticeNumber;
        assertThat(number).startsWith("DX-N-");
        assertThat(count("select count(*) from intake_notice where notice_number = '" + number + "' and kind = 'RETURN_NOTICE'"
                + " and clerk_id = 'clerk-so' and content like '%市级权限%'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + number + "' and event_type = '"
                + EventTypes.NOTICE_ISSUED + "'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id + "' and event_type = '"
                + EventTypes.SIGN_OFF_DECIDED + "' and payload like '%CONFIRMED%' and payload like '%" + number + "%'")).isEqualTo(1);
        given().when().get("/api/sign-offs/" + id).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("noticeNumber", equalTo(number)).body("late", equalTo(true));
        given().when().get("/api/notices/" + number + "/document").then().statusCode(200).contentType("application/pdf");

        // once: a second decision is refused and changes nothing
        assertThatThrownBy(() -> decide(id, "OVERRULE", midDesk("mid-other")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("sign-off-decided"));
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id + "' and event_type = '"
                + EventTypes.SIGN_OFF_DECIDED + "'")).isEqualTo(1);
        assertThat(count("select count(*) from sign_off where id = '" + id + "' and status = 'CONFIRMED' and notice_number = '"
                + number + "' and decided_by_id = 'mid-so'")).isEqualTo(1);
        // a confirmed return allows no take-in
        given().contentType(ContentType.JSON).body(takeIn("AMR-0003", PERSON, AMR3_WHOLE, Map.of("overruledSignOffId", id)))
                .when().post("/api/cases").then().statusCode(409).body("code", equalTo("sign-off-not-overruled"));
    }

    @Test
    @TestSecurity(user = "clerk-so", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void anOverruledReturnIsTakenInOnceAndOnlyForTheSameFile() throws Throwable {
        String id = given().contentType(ContentType.JSON).body(takeIn("AMR-0003", PERSON, AMR3_WHOLE,
                        Map.of("outOfScopeReason", "不属于本中心受理范围")))
                .when().post("/api/cases").then().statusCode(202).extract().path("signOffId");
        var whole = takeIn("AMR-0003", PERSON, AMR3_WHOLE, Map.of("overruledSignOffId", id));
        // still pending: no take-in rests on it
        given().contentType(ContentType.JSON).body(whole).when().post("/api/cases").then().statusCode(409)
                .body("code", equalTo("sign-off-not-overruled"));

        var overruled = decide(id, "OVERRULE", midDesk("mid-so"));
        assertThat(overruled.status).isEqualTo("OVERRULED");
        assertThat(overruled.noticeNumber).isNull();
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id + "' and event_type = '"
                + EventTypes.SIGN_OFF_DECIDED + "' and payload like '%OVERRULED%'")).isEqualTo(1);

        long cases = count("select count(*) from intake_case");
        // another applicant's file is not the overruled one; nothing is written
        given().contentType(ContentType.JSON).body(takeIn("AMR-0003", "110101199003071233", AMR3_WHOLE, Map.of("overruledSignOffId", id)))
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("sign-off-other-file"));
        // the same return asked for again: it was overruled
        var again = new HashMap<>(whole);
        again.put("outOfScopeReason", "仍不属于本中心受理范围");
        given().contentType(ContentType.JSON).body(again).when().post("/api/cases").then().statusCode(409)
                .body("code", equalTo("sign-off-overruled"));
        assertThat(count("select count(*) from intake_case")).isEqualTo(cases);
        assertThat(count("select count(*) from sign_off where status = 'PENDING' and reasons = '仍不属于本中心受理范围'")).isZero();

        String caseId = given().contentType(ContentType.JSON).body(whole).when().post("/api/cases").then().statusCode(201)
                .extract().path("intakeCase.caseId");
        assertThat(count("select count(*) from sign_off where id = '" + id + "' and used_case_id = '" + caseId + "'")).isEqualTo(1);
        given().contentType(ContentType.JSON).body(whole).when().post("/api/cases").then().statusCode(409)
                .body("code", equalTo("sign-off-used"));
        assertThat(count("select count(*) from intake_case")).isEqualTo(cases + 1);
    }

    @Test
    @TestSecurity(user = "clerk-so", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void anOverruledDeferralRefusalGrantsTheDeferralForWhatTheSignerSawAndNoMore() throws Throwable {
        long notices = count("select count(*) from intake_notice");
        String id = given().contentType(ContentType.JSON).body(takeIn("AMR-0001", COMPANY, AMR1_KEY_MISSING, SIGNED))
                .when().post("/api/cases").then().statusCode(202)
                .body("kind", equalTo("DEFERRAL_REFUSED")).body("problems.code", equalTo(List.of("AOA", "ADDR")))
                .body("deferralRefused.reasonsZh", hasItem(containsString("缺少关键材料")))
                .extract().path("signOffId");
        assertThat(count("select count(*) from intake_notice")).isEqualTo(notices);
        decide(id, "OVERRULE", midDesk("mid-so"));

        long cases = count("select count(*) from intake_case");
        // the power of attorney missing too: a problem the signer did not see — another file, nothing written
        var more = takeIn("AMR-0001", COMPANY, List.of(m("APP", "PROVIDED"), m("AOA", "MISSING"), m("LR-ID", "ORIGINAL_VERIFIED"),
                m("ADDR", "MISSING"), m("POA", "MISSING")), new HashMap<>(Map.of("overruledSignOffId", id)));
        more.putAll(SIGNED);
        given().contentType(ContentType.JSON).body(more).when().post("/api/cases").then().statusCode(422)
                .body("code", equalTo("sign-off-other-file")).body("detail", containsString("AMR-0001:POA:MISSING"));
        assertThat(count("select count(*) from intake_case")).isEqualTo(cases);

        var same = takeIn("AMR-0001", COMPANY, AMR1_KEY_MISSING, new HashMap<>(Map.of("overruledSignOffId", id)));
        same.putAll(SIGNED);
        String caseId = given().contentType(ContentType.JSON).body(same).when().post("/api/cases").then().statusCode(201)
                .body("outcome", equalTo("ACCEPTED_WITH_DEFERRED_MATERIALS")).body("owed.code", equalTo(List.of("AOA", "ADDR")))
                .extract().path("intakeCase.caseId");
        assertThat(count("select count(*) from sign_off where id = '" + id + "' and used_case_id = '" + caseId + "'")).isEqualTo(1);
        assertThat(count("select count(*) from intake_notice")).isEqualTo(notices); // never a notice: the file was taken in
        given().contentType(ContentType.JSON).body(same).when().post("/api/cases").then().statusCode(409)
                .body("code", equalTo("sign-off-used"));
    }

    /** A sign-off another clerk of the hall asked for (the request the take-in makes, made directly). */
    String requestedByAnotherClerk(String item, String department) throws Throwable {
        var clerk = new Actor("clerk-elsewhere", "clerk-elsewhere", "刘洋", "window-clerk", null, null, null);
        var pending = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> signOffs.request(
                new SignOffs.Refusal(SignOffRules.OUT_OF_SCOPE, "DX", "RETURN_NOTICE", Map.of("reasons", "不属于受理范围"),
                        "不属于受理范围", List.of(), null, List.of(item), List.of(department), item, 1, item + "@v1", "PERSON",
                        "审核测试人", PERSON, null, null, clerk, clerk, TEN))));
        return pending.signOffId();
    }

    @Test
    @TestSecurity(user = "mid-so", roles = "mid-desk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void theMidDeskListsItsHallsSignOffsAndDecidesEachOnceButNeverItsOwn() throws Throwable {
        // the mid desk may take files in too: its own return is signed off by someone else
        String own = given().contentType(ContentType.JSON).body(takeIn("AMR-0003", PERSON, AMR3_WHOLE,
                        Map.of("outOfScopeReason", "不属于本中心受理范围")))
                .when().post("/api/cases").then().statusCode(202).extract().path("signOffId");
        String other = requestedByAnotherClerk("AMR-0003", "AMR");
        given().when().get("/api/sign-offs").then().statusCode(200).body("id", hasItem(own)).body("id", hasItem(other));
        given().contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "reasons", "同意"))
                .when().post("/api/sign-offs/" + own + "/decision").then().statusCode(403).body("code", equalTo("own-sign-off"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "MAYBE", "reasons", "?"))
                .when().post("/api/sign-offs/" + other + "/decision").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("decision", "OVERRULE", "reasons", ""))
                .when().post("/api/sign-offs/" + other + "/decision").then().statusCode(400);
        assertThat(count("select count(*) from sign_off where id in ('" + own + "', '" + other + "') and status = 'PENDING'")).isEqualTo(2);

        given().contentType(ContentType.JSON).body(Map.of("decision", "OVERRULE", "reasons", "属于本中心受理范围，应予受理"))
                .when().post("/api/sign-offs/" + other + "/decision").then().statusCode(200)
                .body("status", equalTo("OVERRULED")).body("decidedByPost", equalTo("mid-desk")).body("noticeNumber", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "reasons", "改为退回"))
                .when().post("/api/sign-offs/" + other + "/decision").then().statusCode(409).body("code", equalTo("sign-off-decided"));
        given().when().get("/api/sign-offs").then().statusCode(200).body("id", hasItem(own)).body("id", not(hasItem(other)));
        given().when().get("/api/sign-offs?status=OVERRULED").then().statusCode(200).body("id", hasItem(other));
        given().contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "reasons", "同意"))
                .when().post("/api/sign-offs/" + UUID.randomUUID() + "/decision").then().statusCode(404);
        assertThat(count("select count(*) from trail_entry where aggregate_id = '" + other + "' and actor_id = 'mid-so'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "chief-so", roles = "chief-representative")
    @OidcSecurity(claims = {@Claim(key = "hall", value = "DX"), @Claim(key = "department", value = "TAX")})
    void aChiefRepresentativeSignsOffOnlyTheirDepartmentsFiles() throws Throwable {
        String amr = requestedByAnotherClerk("AMR-0003", "AMR");
        String tax = requestedByAnotherClerk("TAX-0001", "TAX");
        given().when().get("/api/sign-offs").then().statusCode(200).body("id", hasItem(tax)).body("id", not(hasItem(amr)));
        given().contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "reasons", "同意"))
                .when().post("/api/sign-offs/" + amr + "/decision").then().statusCode(403).body("code", equalTo("other-department"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "reasons", "同意退回"))
                .when().post("/api/sign-offs/" + tax + "/decision").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("noticeNumber", containsString("DX-N-"));
    }

    @Test
    @TestSecurity(user = "mid-jz", roles = "mid-desk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "JZ"))
    void anotherHallsMidDeskNeitherSeesNorDecidesIt() throws Throwable {
        String dx = requestedByAnotherClerk("AMR-0003", "AMR");
        given().when().get("/api/sign-offs").then().statusCode(200).body("id", not(hasItem(dx)));
        given().when().get("/api/sign-offs/" + dx).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "reasons", "同意"))
                .when().post("/api/sign-offs/" + dx + "/decision").then().statusCode(403).body("code", equalTo("other-hall"));
    }

    /** Every review point of the demo item, confirmed (the demo catalogue the test database is loaded from). */
    static List<Map<String, String>> confirmed(String item) {
        try (InputStream in = SignOffTest.class.getClassLoader().getResourceAsStream("seed/demo-catalogue.json")) {
            List<Map<String, String>> out = new ArrayList<>();
            for (JsonNode i : JSON.readTree(in).get("items")) {
                if (item.equals(i.get("code").asText())) {
                    i.path("reviewPoints").forEach(p -> out.add(Map.of("itemCode", item, "point", p.asText(), "outcome", "CONFIRMED")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
