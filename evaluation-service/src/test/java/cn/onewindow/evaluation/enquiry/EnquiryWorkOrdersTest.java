package cn.onewindow.evaluation.enquiry;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.evaluation.enquiry.service.EnquiryService;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Enquiries as work orders through the API (#24 item 5): the desk takes one down for an item of evaluation's catalogue
 * copy and it goes to the item's department, due in 3 working days; bad input is a problem and nothing is written;
 * only the owning department answers, once; an unanswered one is escalated once when its due passes (the monitor driven
 * at chosen instants); the desk's return visit records the enquirer's rating only when it reached them.
 */
@QuarkusTest
class EnquiryWorkOrdersTest {
    @Inject
    EnquiryService enquiries;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A catalogue item of this run's own in evaluation's copy, owned by {@code department}. */
    static String item(String department, boolean cancelled) {
        String code = "EQ-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Sql.execute("insert into enquiry_item (code, version, effective_from, department_code, department_name, item_name, cancelled)"
                + " values ('" + code + "', 1, '2020-01-01T00:00:00Z', '" + department + "', '测试部门', '咨询测试事项', " + cancelled + ")");
        return code;
    }

    /** An enquiry for {@code department} received at {@code receivedAt}, due at {@code dueAt}, as the desk would have taken it. */
    static String enquiry(String department, String receivedAt, String dueAt, boolean answered) {
        String number = "ZX-T-" + System.nanoTime();
        Sql.execute("insert into enquiry (number, source, forwarded_by, item_code, item_name, department_code, question,"
                + " enquirer_name, phone, received_by, received_by_id, received_at, due_at, answer, answered_by, answered_by_id,"
                + " answered_at) values ('" + number + "', 'HALL', '九州镇便民服务站', 'AMR-0001', '企业设立登记', '" + department
                + "', '个体户变更经营范围要带什么材料？', '孙先生', '13912345678', '罗勇', 'u-enquiry1', '" + receivedAt + "', '"
                + dueAt + "', " + (answered ? "'需带营业执照正本和变更申请书', '市首代', 'u-chief', '" + receivedAt + "'" : "null, null, null, null")
                + ")");
        return number;
    }

    static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @Test
    @TestSecurity(user = "enquiry1", roles = "enquiry-desk")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "u-enquiry1"), @Claim(key = "family_name", value = "罗"),
            @Claim(key = "given_name", value = "勇")})
    void theDeskTakesAnEnquiryDownForTheItemsDepartmentDueInThreeWorkingDays() {
        String code = item("AMR", false);
        TestClock.moveTo(Instant.parse("2026-06-15T02:00:00Z")); // Monday 10:00 in the hall
        String number = post("/api/enquiries", Map.of("source", "HALL", "forwardedBy", "九州镇便民服务站", "itemCode", code,
                "question", "营业执照遗失如何补办？", "enquirerName", "孙先生", "phone", "13912345678"))
                .statusCode(201).body("departmentCode", equalTo("AMR")).body("itemName", equalTo("咨询测试事项"))
                .body("status", equalTo("OPEN")).body("dueAt", equalTo("2026-06-18T16:00:00Z"))
                .body("receivedBy", equalTo("罗勇")).body("phone", equalTo("13912345678"))
                .body("phoneMasked", equalTo("139****5678")).body("forwardedBy", equalTo("九州镇便民服务站"))
                .extract().path("number");
        assertThat(number).startsWith("ZX-20260615-");
        given().when().get("/api/enquiries").then().statusCode(200).body("number", hasItem(number));
    }

    @Test
    @TestSecurity(user = "enquiry1", roles = "enquiry-desk")
    void anEnquiryGoesToTheDepartmentOfTheVersionInForceFromTheCatalogueTopic() {
        String code = "EQT" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        // version 1 of AMR, then version 2 moves the item to TAX from a later day: the copy keeps both
        for (var v : new String[][] {{"1", "AMR", "2020-01-01T00:00:00Z"}, {"2", "TAX", "2026-07-01T00:00:00Z"}}) {
            Events.send(Topics.CATALOGUE_ITEM, code + "@v" + v[0], EventTypes.ITEM_VERSION_PUBLISHED, """
                    {"code":"%s","version":%s,"status":"ACTIVE","announcedAt":"2019-12-01T00:00:00Z","effectiveFrom":"%s",
                     "departmentName":"测试部门","definition":{"code":"%s","name":"目录测试事项","departmentCode":"%s"}}"""
                    .formatted(code, v[0], v[2], code, v[1]));
        }
        assertThat(Sql.awaitCount("select count(*) from enquiry_item where code = '" + code + "'", 2)).isEqualTo(2);
        var enquiry = Map.of("source", "HOTLINE", "itemCode", code, "question", "问", "enquirerName", "甲", "phone", "0316-5551234");
        TestClock.moveTo(Instant.parse("2026-06-30T02:00:00Z"));
        post("/api/enquiries", enquiry).statusCode(201).body("departmentCode", equalTo("AMR")).body("phoneMasked", not(equalTo("0316-5551234")));
        TestClock.moveTo(Instant.parse("2026-07-01T02:00:00Z"));
        post("/api/enquiries", enquiry).statusCode(201).body("departmentCode", equalTo("TAX"));
    }

    @Test
    @TestSecurity(user = "enquiry1", roles = "enquiry-desk")
    void badEnquiriesAreProblemsAndNothingIsWritten() {
        String known = item("AMR", false);
        String cancelled = item("AMR", true);
        long before = Sql.count("select count(*) from enquiry");
        post("/api/enquiries", Map.of("source", "HOTLINE", "itemCode", "NO-SUCH-ITEM", "question", "问", "enquirerName", "甲",
                "phone", "13912345678")).statusCode(422).body("code", equalTo("unknown-item")).body("detailZh", notNullValue());
        post("/api/enquiries", Map.of("source", "HOTLINE", "itemCode", cancelled, "question", "问", "enquirerName", "甲",
                "phone", "13912345678")).statusCode(422).body("code", equalTo("unknown-item"));
        post("/api/enquiries", Map.of("source", "DEPARTMENT", "itemCode", known, "question", "问", "enquirerName", "甲",
                "phone", "13912345678")).statusCode(400).body("code", equalTo("forwarded-by-required"));
        post("/api/enquiries", Map.of("source", "HOTLINE", "itemCode", known, "question", "问", "enquirerName", "甲",
                "phone", "12345")).statusCode(400).body("code", equalTo("invalid-request"));
        post("/api/enquiries", Map.of("source", "EMAIL", "itemCode", known, "question", "问", "enquirerName", "甲",
                "phone", "13912345678")).statusCode(400).body("code", equalTo("invalid-request"));
        assertThat(Sql.count("select count(*) from enquiry")).as("nothing written").isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = "chief-representative")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "sub", value = "u-chief-amr"),
            @Claim(key = "family_name", value = "周"), @Claim(key = "given_name", value = "芳")})
    void theOwningDepartmentAnswersOnceAndSeesItsOwnOnly() {
        String mine = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", false);
        String theirs = enquiry("TAX", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", false);
        given().when().get("/api/enquiries").then().statusCode(200).body("number", hasItem(mine)).body("number", not(hasItem(theirs)))
                .body("find { it.number == '" + mine + "' }.phone", nullValue())
                .body("find { it.number == '" + mine + "' }.phoneMasked", equalTo("139****5678"));

        TestClock.moveTo(Instant.parse("2026-06-17T03:00:00Z"));
        post("/api/enquiries/" + mine + "/answer", Map.of("answer", "营业执照遗失的，可在国家企业信用信息公示系统公告后申请补领"))
                .statusCode(200).body("status", equalTo("ANSWERED")).body("answeredBy", equalTo("周芳"))
                .body("answeredLate", equalTo(false));
        post("/api/enquiries/" + mine + "/answer", Map.of("answer", "再答")).statusCode(409).body("code", equalTo("already-answered"));
        post("/api/enquiries/" + theirs + "/answer", Map.of("answer", "代答")).statusCode(403).body("code", equalTo("other-department"));
        assertThat(Sql.count("select count(*) from enquiry where number = '" + theirs + "' and answer is null")).isEqualTo(1);
        assertThat(Sql.text("select answer from enquiry where number = '" + mine + "'")).startsWith("营业执照遗失的");
    }

    @Test
    @TestSecurity(user = "enquiry1", roles = "enquiry-desk")
    void anUnansweredEnquiryIsEscalatedOnceWhenItsDuePasses() {
        String late = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", false);
        String answered = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", true);
        tickAt("2026-06-18T15:59:00Z", enquiries::escalateOverdue);
        assertThat(escalations(late)).isZero();
        tickAt("2026-06-18T16:00:00Z", enquiries::escalateOverdue);
        assertThat(escalations(late)).isEqualTo(1);
        assertThat(escalations(answered)).as("answered in time: never escalated").isZero();
        tickAt("2026-06-19T16:00:00Z", enquiries::escalateOverdue);
        assertThat(escalations(late)).as("escalated once").isEqualTo(1);
        given().when().get("/api/enquiries").then().statusCode(200)
                .body("find { it.number == '" + late + "' }.status", equalTo("ESCALATED"));
        assertThat(Events.types(Topics.EVALUATION_CASE, "enquiry-" + late, 1)).containsExactly(EventTypes.ENQUIRY_ESCALATED);
    }

    @Test
    @TestSecurity(user = "enquiry1", roles = "enquiry-desk")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "u-enquiry1"), @Claim(key = "family_name", value = "罗"),
            @Claim(key = "given_name", value = "勇")})
    void theReturnVisitRecordsTheRatingOnlyWhenItReachedTheEnquirer() {
        String open = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", false);
        post("/api/enquiries/" + open + "/return-visit", Map.of("reached", true, "satisfaction", 5)).statusCode(409)
                .body("code", equalTo("not-answered"));

        String number = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", true);
        post("/api/enquiries/" + number + "/return-visit", Map.of("reached", true)).statusCode(422)
                .body("code", equalTo("satisfaction-required"));
        post("/api/enquiries/" + number + "/return-visit", Map.of("reached", false, "satisfaction", 3)).statusCode(422)
                .body("code", equalTo("satisfaction-without-contact"));
        post("/api/enquiries/" + number + "/return-visit", Map.of("reached", true, "satisfaction", 6)).statusCode(400);
        assertThat(Sql.count("select count(*) from enquiry where number = '" + number + "' and visit_attempts = 0")).isEqualTo(1);

        post("/api/enquiries/" + number + "/return-visit", Map.of("reached", false, "note", "无人接听")).statusCode(200)
                .body("visitAttempts", equalTo(1)).body("status", equalTo("ANSWERED"));
        post("/api/enquiries/" + number + "/return-visit", Map.of("reached", true, "satisfaction", 4, "note", "答复清楚"))
                .statusCode(200).body("visitAttempts", equalTo(2)).body("status", equalTo("VISITED"))
                .body("visitSatisfaction", equalTo(4)).body("visitedBy", equalTo("罗勇"));
        post("/api/enquiries/" + number + "/return-visit", Map.of("reached", true, "satisfaction", 1)).statusCode(409)
                .body("code", equalTo("already-visited"));
        assertThat(Sql.text("select visit_satisfaction from enquiry where number = '" + number + "'")).isEqualTo("4");
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aDepartmentCannotTakeEnquiriesDownOrVisitBack() {
        String number = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", true);
        post("/api/enquiries", Map.of("source", "HOTLINE", "itemCode", "AMR-0001", "question", "问", "enquirerName", "甲",
                "phone", "13912345678")).statusCode(403);
        post("/api/enquiries/" + number + "/return-visit", Map.of("reached", true, "satisfaction", 5)).statusCode(403);
    }

    static long escalations(String number) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = 'enquiry-" + number
                + "' and event_type = '" + EventTypes.ENQUIRY_ESCALATED + "'");
    }
}
