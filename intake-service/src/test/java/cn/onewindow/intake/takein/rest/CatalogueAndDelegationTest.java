package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;

/**
 * The catalogue's versions and the delegations decide intake: receive-only gives a receipt, accept an
 * acceptance notice; an ended delegation refuses intake and writes nothing; a change announced for
 * day D leaves files taken in before D on the old version. Real PostgreSQL and Kafka, test identities.
 */
@QuarkusTest
class CatalogueAndDelegationTest {
    static final String ITEM = "AMR-0004"; // 企业变更登记: materials APP, RES, BL (original), POA (deferrable)

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String intake(String item) {
        return """
                {"itemCode":"%s","applicant":{"kind":"ORGANISATION","name":"廊坊临空测试有限公司","idNumber":"91350100M000100Y43"},
                 "materials":[{"code":"APP","status":"PROVIDED"},{"code":"RES","status":"PROVIDED"},
                              {"code":"BL","status":"ORIGINAL_VERIFIED"},{"code":"POA","status":"NOT_APPLICABLE"}],
                 "deliveryMethod":"PICKUP","reviewPoints":%s}""".formatted(item, ReviewPointsFixture.json(item));
    }

    static void grant(String item, List<String> powers) {
        given().contentType(ContentType.JSON).body(Map.of("itemCode", item, "powers", powers))
                .when().post("/api/delegations").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    void receiveOnlyGivesAReceiptAndAcceptGivesAnAcceptanceNotice() {
        grant(ITEM, List.of("RECEIVE", "NOTIFY_ONCE"));
        given().contentType(ContentType.JSON).body(intake(ITEM)).when().post("/api/cases")
                .then().statusCode(201)
                .body("outcome", equalTo("RECEIVED_ONLY")).body("document", equalTo("RECEIPT"))
                .body("intakeCase.status", equalTo("RECEIVED"));

        grant(ITEM, List.of("RECEIVE", "ACCEPT", "NOTIFY_ONCE", "VERIFY_ORIGINALS"));
        given().contentType(ContentType.JSON).body(intake(ITEM)).when().post("/api/cases")
                .then().statusCode(201)
                .body("outcome", equalTo("ACCEPTED_ON_SPOT")).body("document", equalTo("ACCEPTANCE_NOTICE"))
                .body("intakeCase.status", equalTo("ACCEPTED"));
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    void anEndedDelegationRefusesIntakeAndWritesNothing() {
        String item = "AMR-0005";
        grant(item, List.of("RECEIVE", "ACCEPT"));
        String id = given().when().get("/api/delegations?item=" + item).then().statusCode(200)
                .extract().path("find { it.endedAt == null }.id");
        given().contentType(ContentType.JSON).body(Map.of("reason", "部门收回委托"))
                .when().post("/api/delegations/" + id + "/termination").then().statusCode(200);
        long cases = Sql.count("select count(*) from intake_case");
        long outbox = Sql.count("select count(*) from outbox_event where topic = '" + Topics.INTAKE_CASE + "'");
        String body = intake(item).replace("\"RES\"", "\"LIQ\"");
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases")
                .then().statusCode(403).body("code", equalTo("not-delegated"))
                .body("detailZh", org.hamcrest.Matchers.containsString("窗口未获得该事项的收件授权"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
        assertThat(Sql.count("select count(*) from outbox_event where topic = '" + Topics.INTAKE_CASE + "'")).isEqualTo(outbox);
        // the ending is announced for the other services
        assertThat(Sql.count("select count(*) from outbox_event where topic = '" + Topics.DELEGATION + "' "
                + "and event_type = '" + EventTypes.DELEGATION_ENDED + "' and payload like '%" + id + "%'")).isEqualTo(1);
        grant(item, List.of("RECEIVE", "ACCEPT", "NOTIFY_ONCE", "VERIFY_ORIGINALS", "DELIVER")); // as the demo had it
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    void withoutTheOneTimeNoticePowerTheWindowNeitherNotifiesNorWritesAnything() {
        String item = "HCD-0004"; // 公共租赁住房资格申请: ID (original to verify), INCOME; no other test uses it
        var incomplete = DeferralAndNoticesTest.intake(item, DeferralAndNoticesTest.PERSON,
                List.of(DeferralAndNoticesTest.m("ID", "ORIGINAL_VERIFIED"), DeferralAndNoticesTest.m("INCOME", "MISSING")), Map.of());
        // the department kept 一次性告知权 to itself (#22 item 8: the power was granted but never checked)
        grant(item, List.of("RECEIVE", "ACCEPT", "VERIFY_ORIGINALS", "DELIVER"));
        try {
            long notices = Sql.count("select count(*) from intake_notice");
            long outbox = Sql.count("select count(*) from outbox_event where topic = '" + Topics.INTAKE_CASE + "'");
            given().contentType(ContentType.JSON).body(incomplete).when().post("/api/cases")
                    .then().statusCode(403).body("code", equalTo("notice-not-delegated"))
                    .body("detailZh", org.hamcrest.Matchers.containsString("一次性告知授权"))
                    .body("detailZh", org.hamcrest.Matchers.containsString("HCD-0004 公共租赁住房资格申请"));
            assertThat(Sql.count("select count(*) from intake_notice")).as("no notice").isEqualTo(notices);
            assertThat(Sql.count("select count(*) from outbox_event where topic = '" + Topics.INTAKE_CASE + "'")).isEqualTo(outbox);
            // a complete file is the window's to take in all the same: receiving and accepting are other powers
            var complete = DeferralAndNoticesTest.intake(item, DeferralAndNoticesTest.PERSON,
                    List.of(DeferralAndNoticesTest.m("ID", "ORIGINAL_VERIFIED"), DeferralAndNoticesTest.m("INCOME", "PROVIDED")), Map.of());
            given().contentType(ContentType.JSON).body(complete).when().post("/api/cases")
                    .then().statusCode(201).body("outcome", equalTo("ACCEPTED_ON_SPOT"));
        } finally {
            grant(item, List.of("RECEIVE", "ACCEPT", "NOTIFY_ONCE", "VERIFY_ORIGINALS", "DELIVER")); // as the demo had it
        }
        // with the power, the window tells the applicant everything at once again
        given().contentType(ContentType.JSON).body(incomplete).when().post("/api/cases")
                .then().statusCode(200).body("outcome", equalTo("ONE_TIME_NOTICE"))
                .body("problems.code", org.hamcrest.Matchers.contains("INCOME"));
    }

    /**
     * The item definition's constraints travel with it into the contracts module: a version outside the vocabulary (an
     * item type no service knows) or without materials is refused before anything is stored or published — it would
     * otherwise break every take-in of the item.
     */
    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "admin-test"))
    void aDefinitionOutsideTheVocabularyIsRefusedAndNothingIsPublished() {
        String item = "AMR-0006";
        Map<String, Object> current = given().when().get("/api/catalogue/items/" + item).then().statusCode(200)
                .extract().path("inForce");
        int version = (Integer) current.get("version");
        int versions = given().when().get("/api/catalogue/items/" + item).then().extract().path("versions.size()");
        @SuppressWarnings("unchecked")
        Map<String, Object> def = new java.util.HashMap<>((Map<String, Object>) current.get("definition"));
        Object itemType = def.get("itemType");
        String effectiveFrom = Instant.parse("2027-06-01T00:00:00Z").toString();
        def.put("itemType", "SOMETIMES");
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", effectiveFrom))
                .when().post("/api/catalogue/items").then().statusCode(400).body("code", equalTo("invalid-request"))
                .body("errors.itemType", org.hamcrest.Matchers.notNullValue());
        def.put("itemType", itemType);
        def.put("materials", java.util.List.of());
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", effectiveFrom))
                .when().post("/api/catalogue/items").then().statusCode(400).body("code", equalTo("invalid-request"))
                .body("errors.materials", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/catalogue/items/" + item).then().statusCode(200)
                .body("inForce.version", equalTo(version)).body("versions.size()", equalTo(versions));
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "admin-test"))
    void aChangeAnnouncedForDayDLeavesEarlierFilesOnTheOldVersion() {
        String item = "AMR-0006";
        Map<String, Object> current = given().when().get("/api/catalogue/items/" + item).then().statusCode(200)
                .extract().path("inForce");
        int oldVersion = (Integer) current.get("version");
        @SuppressWarnings("unchecked")
        Map<String, Object> def = new java.util.HashMap<>((Map<String, Object>) current.get("definition"));
        def.put("promisedDays", 3);
        // the injected clock, on days no other test of this module takes cases in (the ledger test owns its Sundays):
        // with the wall clock, dayD fell on the ledger test's 13 December when run on 30 November after 16:00 UTC
        Instant now = Instant.parse("2026-12-14T02:00:00Z"); // Mon 14 Dec, 10:00 in the hall
        Instant dayD = now.plus(Duration.ofDays(12));          // Sat 26 Dec
        TestClock.moveTo(now);

        // less than 10 days' notice is refused
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", now.plus(Duration.ofDays(9)).toString()))
                .when().post("/api/catalogue/items").then().statusCode(400).body("code", equalTo("notice-too-short"));
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", dayD.toString()))
                .when().post("/api/catalogue/items").then().statusCode(201).body("version", equalTo(oldVersion + 1));

        String body = """
                {"itemCode":"%s","applicant":{"kind":"ORGANISATION","name":"测试电梯使用单位","idNumber":"91350100M000100Y43"},
                 "materials":[{"code":"APP","status":"PROVIDED"},{"code":"CERT","status":"PROVIDED"},{"code":"INSP","status":"PROVIDED"}],
                 "deliveryMethod":"PICKUP","reviewPoints":%s}""".formatted(item, ReviewPointsFixture.json(item));
        TestClock.moveTo(dayD.minus(Duration.ofHours(1)));
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases")
                .then().statusCode(201).body("intakeCase.catalogueVersion", equalTo(oldVersion));
        TestClock.moveTo(dayD.plus(Duration.ofMinutes(1)));
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases")
                .then().statusCode(201).body("intakeCase.catalogueVersion", equalTo(oldVersion + 1));
        given().when().get("/api/catalogue/items/" + item + "?at=" + now).then()
                .body("inForce.version", equalTo(oldVersion)).body("versions.version", hasItem(oldVersion + 1));
    }

    @Test
    @TestSecurity(user = "chief-test", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void aDepartmentMaintainsOnlyItsOwnItems() {
        given().contentType(ContentType.JSON).body(Map.of("itemCode", "AMR-0001", "powers", List.of("RECEIVE")))
                .when().post("/api/delegations").then().statusCode(403).body("code", equalTo("other-department"));
        Instant now = Instant.parse("2026-12-14T02:00:00Z");
        TestClock.moveTo(now);
        given().contentType(ContentType.JSON).body(Map.of("effectiveFrom", now.plus(Duration.ofDays(30)).toString(), "reason", "x"))
                .when().post("/api/catalogue/items/AMR-0001/cancellation").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("effectiveFrom", now.plus(Duration.ofDays(3)).toString(), "reason", "合并办理"))
                .when().post("/api/catalogue/items/TAX-0004/cancellation").then().statusCode(400).body("code", equalTo("notice-too-short"));
    }
}
