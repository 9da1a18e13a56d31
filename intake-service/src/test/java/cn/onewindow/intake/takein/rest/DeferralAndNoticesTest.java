package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.TestClock;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * 容缺, the one-time notice and the return as out of scope at the window, on the real database: each
 * outcome's stored state and document; every refusal of 容缺 with its reason and nothing stored.
 */
@QuarkusTest
class DeferralAndNoticesTest {
    static final String PERSON = "11010519491231002X";
    static final String COMPANY = "91350100M000100Y43";
    static final String BLACKLISTED = "110101199003071233";

    /** AMR-0001 企业设立登记: APP, AOA, LR-ID (key); ADDR, POA (secondary, deferrable). Every review point confirmed. */
    static Map<String, Object> intake(String item, String id, List<Map<String, String>> materials, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(Map.of("itemCode", item,
                "applicant", Map.of("kind", id.startsWith("9") ? "ORGANISATION" : "PERSON", "name", "测试申请人", "idNumber", id),
                "materials", materials, "deliveryMethod", "PICKUP", "reviewPoints", ReviewPointsFixture.confirmed(item)));
        body.putAll(extra);
        return body;
    }

    static Map<String, String> m(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    static final List<Map<String, String>> AMR1_ADDR_MISSING = List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
            m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "MISSING"), m("POA", "NOT_APPLICABLE"));
    static final Map<String, Object> SIGNED = Map.of("deferral", Map.of("commitmentSigned", true));

    static long[] counts() {
        return new long[] {Sql.count("select count(*) from intake_case"), Sql.count("select count(*) from outbox_event"),
                Sql.count("select count(*) from deferred_material")};
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void deferredMaterialsAreOwedByTheDeadlineOfTheSupplementNotice() {
        TestClock.moveTo(Instant.parse("2026-09-30T02:00:00Z")); // 10:00 on the eve of National Day
        try {
            String caseId = given().contentType(ContentType.JSON).body(intake("AMR-0001", COMPANY, AMR1_ADDR_MISSING, SIGNED))
                    .when().post("/api/cases").then().statusCode(201)
                    .body("outcome", equalTo("ACCEPTED_WITH_DEFERRED_MATERIALS"))
                    .body("document", equalTo("DEFERRAL_NOTICE"))
                    .body("owed", hasSize(1)).body("owed[0].code", equalTo("ADDR"))
                    // promised limit 1 working day: 1–7 Oct are holidays, so by the close of Thu 8 Oct
                    .body("owed[0].dueAt", equalTo("2026-10-08T16:00:00Z"))
                    .extract().path("intakeCase.caseId");
            assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId
                    + "' and status = 'ACCEPTED_WITH_DEFERRED_MATERIALS'")).isEqualTo(1);
            assertThat(Sql.count("select count(*) from deferred_material where case_id = '" + caseId
                    + "' and material_code = 'ADDR' and supplied_at is null")).isEqualTo(1);
            assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                    + "' and payload like '%ACCEPTED_WITH_DEFERRED_MATERIALS%'")).isEqualTo(1);

            // the owed material arrives: the case is whole again, and the back office is told
            given().contentType(ContentType.JSON).body(Map.of("materials", List.of("POA")))
                    .when().post("/api/cases/" + caseId + "/supplements").then().statusCode(400).body("code", equalTo("not-owed"));
            given().contentType(ContentType.JSON).body(Map.of("materials", List.of("ADDR")))
                    .when().post("/api/cases/" + caseId + "/supplements").then().statusCode(200)
                    .body("[0].code", equalTo("ADDR")).body("[0].supplied", equalTo(true));
            assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId + "' and status = 'ACCEPTED'")).isEqualTo(1);
            assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                    + "' and event_type = '" + EventTypes.DEFERRED_MATERIALS_SUPPLIED + "' and payload like '%\"complete\":true%'")).isEqualTo(1);
            given().contentType(ContentType.JSON).body(Map.of("materials", List.of("ADDR")))
                    .when().post("/api/cases/" + caseId + "/supplements").then().statusCode(409).body("code", equalTo("nothing-owed"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aDeadlineBeyondThePromisedLimitIsRefused() {
        given().contentType(ContentType.JSON).body(intake("AMR-0001", COMPANY, AMR1_ADDR_MISSING,
                        Map.of("deferral", Map.of("commitmentSigned", true, "dueWorkingDays", 2))))
                .when().post("/api/cases").then().statusCode(400).body("code", equalTo("deferral-deadline-too-long"));
    }

    /**
     * A take-in asking for 容缺 that is refused. 窗口无否决权: first answered 202 — under review, no notice yet, the reasons
     * and everything missing on the clerk's screen — then the mid desk confirms the refusal and the one-time notice is
     * issued, the refusal's reason in it. The window's answer, with the number of the notice the confirmation issued.
     */
    static io.restassured.path.json.JsonPath refusedWithTheNotice(Map<String, Object> body, String reasonZh) {
        var pending = given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(202)
                .body("outcome", equalTo("PENDING_SIGN_OFF")).body("kind", equalTo("DEFERRAL_REFUSED"))
                .body("noticeNumber", org.hamcrest.Matchers.nullValue())
                .body("intakeCase", org.hamcrest.Matchers.nullValue())
                .body("deferralRefused.reasonsZh", org.hamcrest.Matchers.hasItem(containsString(reasonZh)))
                .body("deferralRefused.reasonsEn", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .extract().jsonPath();
        String number = cn.onewindow.intake.signoff.SignOffDesk.confirm(pending.getString("signOffId"));
        assertThat(number).startsWith("DX-N-");
        var answer = new java.util.HashMap<String, Object>(pending.getMap("$"));
        answer.put("noticeNumber", number);
        try {
            return io.restassured.path.json.JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(answer));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    void aRefusedDeferralStillGivesTheOneTimeNoticeOfEverythingAndTakesNothingIn() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("name", "失信测试企业", "kind", "PERSON", "blacklisted", true,
                "redListed", false, "creditLevel", "D")).when().put("/api/credit/" + BLACKLISTED).then().statusCode(200);
        long cases = Sql.count("select count(*) from intake_case");
        long owed = Sql.count("select count(*) from deferred_material");

        // a missing key material: the answer names it as the reason — and, in the same answer, everything else the
        // applicant must bring (the address proof as well), as one recorded, printable one-time notice
        var keyMissing = refusedWithTheNotice(intake("AMR-0001", COMPANY, List.of(m("APP", "PROVIDED"), m("AOA", "MISSING"),
                m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "MISSING"), m("POA", "NOT_APPLICABLE")), SIGNED), "缺少关键材料");
        assertThat(keyMissing.getList("deferralRefused.reasonsZh", String.class)).anyMatch(r -> r.contains("公司章程"));
        assertThat(keyMissing.getList("problems.code")).containsExactly("AOA", "ADDR");
        String number = keyMissing.getString("noticeNumber");
        assertThat(Sql.count("select count(*) from intake_notice where notice_number = '" + number
                + "' and kind = 'ONE_TIME_NOTICE' and content like '%deferralRefused%'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + number
                + "' and event_type = '" + EventTypes.NOTICE_ISSUED + "' and payload like '%deferralRefused%'")).isEqualTo(1);
        assertThat(DocumentsTest.text("/api/notices/" + number + "/document"))
                .contains("一次性告知书", "容缺受理未获准许", "缺少关键材料", "公司章程", "住所使用证明");

        // a blacklisted applicant (个体工商户注册登记 AMR-0003 serves persons and allows 容缺 of the address proof)
        var blacklisted = refusedWithTheNotice(intake("AMR-0003", BLACKLISTED, List.of(m("APP", "PROVIDED"),
                m("ID", "ORIGINAL_VERIFIED"), m("ADDR", "MISSING")), SIGNED), "失信名单");
        assertThat(blacklisted.getList("problems.code")).containsExactly("ADDR");
        // a high-risk item (食品经营许可)
        refusedWithTheNotice(intake("AMR-0002", COMPANY, List.of(m("APP", "PROVIDED"), m("BL", "ORIGINAL_VERIFIED"),
                m("LAYOUT", "PROVIDED"), m("SAFETY", "MISSING"), m("POA", "NOT_APPLICABLE")), SIGNED), "高风险事项不适用容缺受理");
        // an item that does not allow it (企业注销登记)
        refusedWithTheNotice(intake("AMR-0005", COMPANY, List.of(m("APP", "PROVIDED"), m("LIQ", "MISSING"),
                m("BL", "ORIGINAL_VERIFIED")), SIGNED), "该事项不适用容缺受理");
        // no signed commitment
        refusedWithTheNotice(intake("AMR-0001", COMPANY, AMR1_ADDR_MISSING, Map.of("deferral", Map.of("commitmentSigned", false))),
                "承诺书");

        assertThat(Sql.count("select count(*) from intake_case")).as("no case").isEqualTo(cases);
        assertThat(Sql.count("select count(*) from deferred_material")).as("nothing owed").isEqualTo(owed);
    }

    /** A company of its own for each credit level (a valid code: the credit list checks it as intake does). */
    static String company(String serial) {
        String first17 = "9113100000000LC" + serial;
        return first17 + cn.onewindow.intake.takein.rules.IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    static void onTheCreditList(String id, boolean redListed, String level) {
        given().contentType(ContentType.JSON).body(Map.of("name", "信用等级" + level + "测试企业", "kind", "ORGANISATION",
                "blacklisted", false, "redListed", redListed, "creditLevel", level)).when().put("/api/credit/" + id)
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    void creditLevelsCAndDRefuseDeferralWhereBWouldHaveIt() {
        TestClock.moveTo(Instant.parse("2026-11-16T02:00:00Z")); // Mon 16 Nov, 10:00: the 容缺 deadline is a working day
        try {
            for (String level : List.of("C", "D")) {
                String id = company("0" + ("C".equals(level) ? 1 : 2));
                onTheCreditList(id, false, level);
                long cases = Sql.count("select count(*) from intake_case");
                // everything else allows 容缺: only the address proof (secondary, deferrable) is missing, the commitment signed
                var refused = refusedWithTheNotice(intake("AMR-0001", id, AMR1_ADDR_MISSING, SIGNED), "信用等级（" + level + "）");
                assertThat(refused.getList("deferralRefused.reasonsEn", String.class))
                        .contains("the applicant's credit level (" + level + ") does not allow it");
                assertThat(refused.getList("problems.code")).containsExactly("ADDR");
                assertThat(Sql.count("select count(*) from intake_case")).as(level + ": no case").isEqualTo(cases);
            }
            // the same file of a level-B company (a red-listed one, too: the red list is an incentive, no condition)
            String b = company("03");
            onTheCreditList(b, true, "B");
            given().contentType(ContentType.JSON).body(intake("AMR-0001", b, AMR1_ADDR_MISSING, SIGNED))
                    .when().post("/api/cases").then().statusCode(201)
                    .body("outcome", equalTo("ACCEPTED_WITH_DEFERRED_MATERIALS"))
                    .body("owed[0].code", equalTo("ADDR"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aOneTimeNoticeListsEverythingAndIsRecordedWhileNothingIsTakenIn() {
        long notices = Sql.count("select count(*) from intake_notice where kind = 'ONE_TIME_NOTICE'");
        long[] before = counts();
        String number = given().contentType(ContentType.JSON).body(intake("AMR-0001", COMPANY, List.of(m("APP", "WRONG_FORM"),
                        m("LR-ID", "PROVIDED"), m("POA", "NOT_APPLICABLE")), Map.of()))
                .when().post("/api/cases").then().statusCode(200)
                .body("outcome", equalTo("ONE_TIME_NOTICE")).body("document", equalTo("ONE_TIME_NOTICE"))
                .body("noticeNumber", org.hamcrest.Matchers.startsWith("DX-N-"))
                .body("problems.code", org.hamcrest.Matchers.contains("APP", "AOA", "LR-ID", "ADDR"))
                .body("problems.kind", org.hamcrest.Matchers.contains("WRONG_FORM", "MISSING", "ORIGINAL_NOT_VERIFIED", "MISSING"))
                .extract().path("noticeNumber");
        assertThat(counts()[0]).as("no case").isEqualTo(before[0]);
        assertThat(counts()[2]).as("nothing owed").isEqualTo(before[2]);
        assertThat(Sql.count("select count(*) from intake_notice where kind = 'ONE_TIME_NOTICE'")).isEqualTo(notices + 1);
        assertThat(Sql.count("select count(*) from outbox_event where event_type = '" + EventTypes.NOTICE_ISSUED + "' "
                + "and aggregate_id = '" + number + "'")).as("the notice is announced").isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void outOfScopeIsReturnedWithWrittenReasons() {
        long[] before = counts();
        String signOffId = given().contentType(ContentType.JSON).body(intake("AMR-0003", PERSON, List.of(m("APP", "PROVIDED"),
                        m("ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED")),
                        Map.of("outOfScopeReason", "申请事项属于农业农村部门职责，不属于本窗口受理范围")))
                .when().post("/api/cases").then().statusCode(202) // 窗口无否决权: the return waits for the mid desk's sign-off
                .body("outcome", equalTo("PENDING_SIGN_OFF")).body("kind", equalTo("OUT_OF_SCOPE"))
                .extract().path("signOffId");
        assertThat(Sql.count("select count(*) from intake_notice where content like '%农业农村%' and issued_at > now() - interval '1 minute'"))
                .as("no notice before the sign-off").isZero();
        String number = cn.onewindow.intake.signoff.SignOffDesk.confirm(signOffId);
        assertThat(counts()[0]).as("no case").isEqualTo(before[0]);
        assertThat(Sql.count("select count(*) from intake_notice where notice_number = '" + number
                + "' and kind = 'RETURN_NOTICE' and content like '%农业农村%'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void anAgentAlwaysNeedsThePowerOfAttorney() {
        var body = intake("AMR-0001", COMPANY, List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"), m("LR-ID", "ORIGINAL_VERIFIED"),
                m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")), Map.of("agent", Map.of("name", "代办员", "idNumber", PERSON)));
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(200)
                .body("outcome", equalTo("ONE_TIME_NOTICE")).body("problems.code", org.hamcrest.Matchers.contains("POA"));
        body.put("agent", Map.of("name", "代办员", "idNumber", "110105194912310029"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(400)
                .body("code", equalTo("invalid-agent-id-number"));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void identityNumbersAreCheckedToTheLastDigitAndTheAnswerSaysWhatIsWrong() {
        // a wrong check digit is called a wrong check digit, not "length, birth date or check digit"
        given().contentType(ContentType.JSON).body(intake("AMR-0003", "110105194912310029", List.of(), Map.of()))
                .when().post("/api/cases").then().statusCode(400).body("code", equalTo("invalid-id-number"))
                .body("detailZh", containsString("校验码不符")).body("detailZh", org.hamcrest.Matchers.not(containsString("位数")))
                .body("detail", containsString("check digit")).body("detail", org.hamcrest.Matchers.not(containsString("length")));
        given().contentType(ContentType.JSON).body(intake("AMR-0003", "11010519490231002X", List.of(), Map.of()))
                .when().post("/api/cases").then().statusCode(400).body("code", equalTo("invalid-id-number"))
                .body("detailZh", containsString("出生日期")).body("detail", containsString("birth date"));
        given().contentType(ContentType.JSON).body(intake("AMR-0003", "1101051949123100", List.of(), Map.of()))
                .when().post("/api/cases").then().statusCode(400).body("code", equalTo("invalid-id-number"))
                .body("detailZh", containsString("应为18位，现为16位")).body("detail", containsString("18 characters"));
        given().contentType(ContentType.JSON).body(intake("AMR-0001", "91350100M000100Y44", List.of(), Map.of()))
                .when().post("/api/cases").then().statusCode(400).body("code", equalTo("invalid-credit-code"))
                .body("detailZh", containsString("校验码不符")).body("detail", containsString("check character"));
    }

    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    void aCreditCsvWithOneBadLineImportsNothing() {
        long before = Sql.count("select count(*) from applicant_credit");
        given().contentType("text/csv").body("""
                id_number,name,kind,blacklisted,red_listed,credit_level
                11010519491231002X,守信个人,PERSON,false,true,A
                110105194912310029,校验码错误,PERSON,false,false,B
                """).when().post("/api/credit/import").then().statusCode(400).body("code", equalTo("invalid-csv"));
        assertThat(Sql.count("select count(*) from applicant_credit")).isEqualTo(before);
        given().contentType("text/csv").body("""
                id_number,name,kind,blacklisted,red_listed,credit_level
                11010519491231002X,守信个人,PERSON,false,true,A
                91350100M000100Y43,示范企业,ORGANISATION,false,false,B
                """).when().post("/api/credit/import").then().statusCode(200).body("imported", equalTo(2));
    }
}
