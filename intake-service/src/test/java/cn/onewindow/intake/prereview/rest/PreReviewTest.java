package cn.onewindow.intake.prereview.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

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
import io.restassured.response.ValidatableResponse;

/**
 * 网上预审 end to end on the real database: an organisation's agent prepares 职工参保登记 (HRSS-0002) online, the file
 * checks refuse every bad file and store nothing, the pre-review post passes it, and the window takes it in from the
 * record with no material entered again; a person's 结婚登记 (CA-0001) gets one notice listing everything, a second
 * notice is refused, and the notice after a resubmission may only speak of what it named or what changed. The steps
 * run in order, one identity each (the test identities are per method); the ids pass from step to step.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreReviewTest {
    static final String ORG = "91350100M000100Y43";
    static final String AGENT = "110105198001010016";
    static final String PERSON = "11010519491231002X";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 1, 2, 3};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    /** Thursday 2026-12-03 10:00 in the hall. */
    static final Instant THURSDAY_10 = Instant.parse("2026-12-03T02:00:00Z");
    /** Friday 2026-12-04 15:00 in the hall: two office hours before closing. */
    static final Instant FRIDAY_15 = Instant.parse("2026-12-04T07:00:00Z");

    static String organisationsPreReview;
    static String personsPreReview;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static byte[] pdf(String body) {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog " + body + " >>\nendobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static ValidatableResponse upload(String id, String material, String name, String type, byte[] bytes) {
        return given().contentType(type).queryParam("fileName", name).body(bytes)
                .when().put("/api/applicant/pre-reviews/" + id + "/materials/" + material).then();
    }

    static long files(String id) {
        return Sql.count("select count(*) from pre_review_file where pre_review_id = '" + id + "'");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "agent-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = AGENT), @Claim(key = "name", value = "张伟"),
            @Claim(key = "applicant_kind", value = "ORGANISATION"), @Claim(key = "org_code", value = ORG),
            @Claim(key = "org_name", value = "福州示例科技有限公司")})
    void anAgentPreparesAnItemAndEveryBadFileIsRefusedWithNothingStored() {
        TestClock.moveTo(THURSDAY_10);
        // the organisation's name is the token's (set by the realm's administrators): a name typed in the request is not
        // what the case is filed under
        organisationsPreReview = given().contentType(ContentType.JSON)
                .body(Map.of("itemCode", "HRSS-0002", "phone", "13912345678", "organisationName", "别的公司"))
                .when().post("/api/applicant/pre-reviews").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("applicantName", equalTo("福州示例科技有限公司"))
                .body("agentName", equalTo("张伟")).body("materials.code", org.hamcrest.Matchers.contains("LIST", "LC"))
                .extract().path("id");
        String id = organisationsPreReview;

        upload(id, "LIST", "名单.pdf", "application/pdf", new byte[0]).statusCode(400).body("code", equalTo("file-empty"))
                .body("detailZh", containsString("文件为空"));
        byte[] large = new byte[1024 * 1024 + 1]; // the test profile's limit is 1 MiB
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        upload(id, "LIST", "名单.png", "image/png", large).statusCode(413).body("code", equalTo("file-too-large"));
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        upload(id, "LIST", "名单.pdf", "application/pdf", exe).statusCode(415).body("code", equalTo("file-type-not-allowed"));
        upload(id, "LIST", "名单.pdf", "application/pdf", pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"))
                .statusCode(422).body("code", equalTo("pdf-active-content"));
        upload(id, "LIST", "名单.pdf", "application/pdf", pdf("/Encrypt 9 0 R")).statusCode(422).body("code", equalTo("pdf-encrypted"));
        upload(id, "XX", "名单.pdf", "application/pdf", pdf("")).statusCode(422).body("code", equalTo("unknown-material"));
        assertThat(files(id)).as("nothing half-stored").isZero();

        // PNG bytes under a .pdf name and a PDF type: a PNG it is
        var first = upload(id, "LIST", "名单.pdf", "application/pdf", PNG).statusCode(200)
                .body("contentType", equalTo("image/png")).extract().asString();
        var again = upload(id, "LIST", "名单.pdf", "application/pdf", PNG).statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(files(id)).isEqualTo(1);

        upload(id, "LC", "合同.pdf", "application/octet-stream", pdf("/Pages 2 0 R")).statusCode(200)
                .body("contentType", equalTo("application/pdf"));
        given().when().post("/api/applicant/pre-reviews/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                // IMMEDIATE items: 240 working minutes, 10:00 → 14:00 the same day
                // (the test clock runs on from where it was put: the seconds since are counted too)
                .body("dueAt", startsWith("2026-12-03T06:00:0")).body("overdue", equalTo(false));
        // the files are the applicant's to read back, served so that nothing in them runs
        given().when().get("/api/applicant/pre-reviews/" + id + "/files/LIST").then().statusCode(200)
                .contentType("image/png").header("Content-Disposition", "attachment; filename=\"LIST.png\"")
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox");
        // submitted: the files are fixed until a notice
        upload(id, "LC", "合同.pdf", "application/pdf", pdf("/Pages 3 0 R")).statusCode(409)
                .body("code", equalTo("pre-review-not-editable"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "other-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = PERSON), @Claim(key = "name", value = "李华"),
            @Claim(key = "applicant_kind", value = "PERSON")})
    void anotherApplicantGetsTheAnswerOfAnIdThatDoesNotExist() {
        String id = organisationsPreReview;
        String missing = UUID.randomUUID().toString();
        var theirs = given().when().get("/api/applicant/pre-reviews/" + id).then().statusCode(404).extract().jsonPath();
        var none = given().when().get("/api/applicant/pre-reviews/" + missing).then().statusCode(404).extract().jsonPath();
        assertThat(theirs.getString("code")).isEqualTo(none.getString("code")).isEqualTo("not-found");
        assertThat(theirs.getString("detail").replace(id, "?")).isEqualTo(none.getString("detail").replace(missing, "?"));
        given().when().get("/api/applicant/pre-reviews/" + id + "/files/LIST").then().statusCode(404);
        upload(id, "LIST", "x.png", "image/png", PNG).statusCode(404);
        given().when().post("/api/applicant/pre-reviews/" + id + "/submission").then().statusCode(404);
        assertThat(given().when().get("/api/applicant/pre-reviews").then().statusCode(200).extract().jsonPath()
                .getList("id")).doesNotContain(id);
        // and the workspace is no applicant's
        given().when().get("/api/pre-reviews").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aStaffPostOtherThanThePreReviewerIsRefusedOnTheWorkspace() {
        given().when().get("/api/pre-reviews").then().statusCode(403);
        given().when().get("/api/pre-reviews/" + organisationsPreReview).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED", "comeAnyTime", true))
                .when().post("/api/pre-reviews/" + organisationsPreReview + "/answer").then().statusCode(403);
        // nor is a staff member an applicant
        given().when().get("/api/applicant/pre-reviews").then().statusCode(403);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "prereviewer-test", roles = "pre-reviewer")
    void thePreReviewerSeesTheQueueOldestFirstAndPassesIt() {
        TestClock.moveTo(Instant.parse("2026-12-03T06:30:00Z")); // 14:30: past the 14:00 due time
        var queue = given().when().get("/api/pre-reviews?status=SUBMITTED").then().statusCode(200).extract().jsonPath();
        List<String> ids = queue.getList("id");
        assertThat(ids).contains(organisationsPreReview);
        List<String> submitted = queue.getList("submittedAt");
        assertThat(submitted).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(queue.getBoolean("find { it.id == '" + organisationsPreReview + "' }.overdue")).isTrue();
        given().when().get("/api/pre-reviews/" + organisationsPreReview).then().statusCode(200)
                .body("files.materialCode", org.hamcrest.Matchers.contains("LC", "LIST"));
        given().when().get("/api/pre-reviews/" + organisationsPreReview + "/files/LC").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"LC.pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox");
        // a pass names an appointment or "come any time", one of the two
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED"))
                .when().post("/api/pre-reviews/" + organisationsPreReview + "/answer").then().statusCode(400)
                .body("code", equalTo("appointment-or-any-time"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED", "comeAnyTime", true))
                .when().post("/api/pre-reviews/" + organisationsPreReview + "/answer").then().statusCode(200)
                .body("status", equalTo("PASSED")).body("comeAnyTime", equalTo(true)).body("answeredLate", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED", "comeAnyTime", true))
                .when().post("/api/pre-reviews/" + organisationsPreReview + "/answer").then().statusCode(409)
                .body("code", equalTo("pre-review-not-waiting"));
    }

    static List<Map<String, String>> confirmed(String item) throws Exception {
        JsonNode seed = new ObjectMapper().readTree(PreReviewTest.class.getResourceAsStream("/seed/demo-catalogue.json"));
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode i : seed.get("items")) {
            if (item.equals(i.get("code").asText())) {
                i.path("reviewPoints").forEach(p -> out.add(Map.of("itemCode", item, "point", p.asText(), "outcome", "CONFIRMED")));
            }
        }
        return out;
    }

    @Test
    @Order(5)
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theWindowTakesThePassedPreReviewInFromItsRecordWithNoMaterialEnteredAgain() throws Exception {
        TestClock.moveTo(Instant.parse("2026-12-03T07:00:00Z"));
        var body = new HashMap<String, Object>();
        body.put("preReviewId", organisationsPreReview);
        body.put("deliveryMethod", "PICKUP");
        body.put("reviewPoints", confirmed("HRSS-0002")); // the clerk's own checks at the window
        // neither the applicant nor the materials: both come from the record
        var taken = given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(201)
                .extract().jsonPath();
        String caseId = taken.getString("intakeCase.caseId");
        // 职工参保登记 is an IMMEDIATE item the window may settle: settled on the spot, as at the window
        assertThat(taken.getString("outcome")).isEqualTo("SETTLED_ON_SPOT");
        var event = Events.received(Topics.INTAKE_CASE, caseId, 1).get(0);
        assertThat(event.type()).isEqualTo(EventTypes.CASE_TAKEN_IN);
        assertThat(event.value()).contains("\"channel\":\"ONLINE_PRE_REVIEW\"", "\"applicantName\":\"福州示例科技有限公司\"");
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId + "' and item_code = 'HRSS-0002'"
                + " and applicant_id = '" + ORG + "' and agent_id = '" + AGENT + "' and contact_phone = '13912345678'"))
                .isEqualTo(1);
        assertThat(Sql.count("select count(*) from pre_review where id = '" + organisationsPreReview + "' and status = 'TAKEN_IN'"
                + " and case_id = '" + caseId + "'")).isEqualTo(1);
        // not twice
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(409)
                .body("code", equalTo("pre-review-taken-in")).body("detail", containsString(caseId));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "person-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = PERSON), @Claim(key = "name", value = "李华"),
            @Claim(key = "applicant_kind", value = "PERSON")})
    void aPersonSubmitsOnAFridayAfternoonAndTheMinutesRunOverTheWeekend() {
        TestClock.moveTo(FRIDAY_15);
        personsPreReview = given().contentType(ContentType.JSON).body(Map.of("itemCode", "CA-0001", "phone", "13812345678"))
                .when().post("/api/applicant/pre-reviews").then().statusCode(201).extract().path("id");
        String id = personsPreReview;
        upload(id, "ID", "身份证.jpg", "image/jpeg", JPEG).statusCode(200);
        // HUKOU is a key material: named in the refusal
        given().when().post("/api/applicant/pre-reviews/" + id + "/submission").then().statusCode(422)
                .body("code", equalTo("key-materials-missing")).body("detail", containsString("HUKOU"));
        upload(id, "HUKOU", "户口簿.pdf", "application/pdf", pdf("")).statusCode(200);
        // 240 office minutes from Friday 15:00: 120 before the 17:00 closing, 120 from Monday's opening
        given().when().post("/api/applicant/pre-reviews/" + id + "/submission").then().statusCode(200)
                .body("dueAt", startsWith("2026-12-07T03:0"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "prereviewer-test", roles = "pre-reviewer")
    void aNoticeListsEverythingOnceAndASecondIsRefused() {
        TestClock.moveTo(FRIDAY_15.plusSeconds(600));
        String id = personsPreReview;
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOTICE", "problems", List.of(
                        Map.of("materialCode", "ID", "reason", "身份证照片模糊"),
                        Map.of("materialCode", "PHOTO", "reason", "缺少近期免冠照片")), "note", "请补正后重新提交"))
                .when().post("/api/pre-reviews/" + id + "/answer").then().statusCode(200)
                .body("status", equalTo("NOTICE")).body("notice.problems.materialCode", org.hamcrest.Matchers.contains("ID", "PHOTO"))
                .body("answeredLate", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOTICE", "problems", List.of(
                        Map.of("materialCode", "HUKOU", "reason", "首页缺失"))))
                .when().post("/api/pre-reviews/" + id + "/answer").then().statusCode(409)
                .body("code", equalTo("notice-already-given"));
        assertThat(Sql.text("select notice from pre_review where id = '" + id + "'")).doesNotContain("HUKOU");
    }

    @Test
    @Order(8)
    @TestSecurity(user = "person-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = PERSON), @Claim(key = "name", value = "李华"),
            @Claim(key = "applicant_kind", value = "PERSON")})
    void theApplicantSeesTheNoticeFixesAndSubmitsAgain() {
        TestClock.moveTo(FRIDAY_15.plusSeconds(1200));
        String id = personsPreReview;
        given().when().get("/api/applicant/pre-reviews/" + id).then().statusCode(200).body("status", equalTo("NOTICE"))
                .body("notice.problems.reason", org.hamcrest.Matchers.contains("身份证照片模糊", "缺少近期免冠照片"));
        upload(id, "ID", "身份证.png", "image/png", PNG).statusCode(200).body("contentType", equalTo("image/png"));
        upload(id, "PHOTO", "照片.jpg", "image/jpeg", JPEG).statusCode(200);
        given().when().post("/api/applicant/pre-reviews/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submission", equalTo(2));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "prereviewer-test", roles = "pre-reviewer")
    void afterAResubmissionANoticeMayNotRaiseWhatWasThereBeforeAndAPassBooksTheSlot() {
        TestClock.moveTo(FRIDAY_15.plusSeconds(1800));
        String id = personsPreReview;
        // HUKOU was there, unchanged, when the first notice was given: raising it now is a second notice
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOTICE", "problems", List.of(
                        Map.of("materialCode", "HUKOU", "reason", "首页缺失"))))
                .when().post("/api/pre-reviews/" + id + "/answer").then().statusCode(409)
                .body("code", equalTo("notice-not-one-time"));
        String appointment = given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "PASSED", "appointmentDay", "2026-12-08", "appointmentSlot", "10:00"))
                .when().post("/api/pre-reviews/" + id + "/answer").then().statusCode(200)
                .body("status", equalTo("PASSED")).body("comeAnyTime", equalTo(false)).extract().path("appointmentId");
        assertThat(Sql.count("select count(*) from appointment where id = '" + appointment + "' and item_code = 'CA-0001'"
                + " and day = '2026-12-08' and phone = '13812345678'")).isEqualTo(1);
    }

    static final String ORG_AGENT = "110105199002020114";
    /** An 18-digit number valid both as a resident ID number and as a unified social credit code. */
    static final String BOTH = "110105198501010979";
    static String markedPreReview;

    @Test
    @Order(10)
    @TestSecurity(user = "agent2-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = ORG_AGENT), @Claim(key = "name", value = "赵六"),
            @Claim(key = "applicant_kind", value = "ORGANISATION"), @Claim(key = "org_code", value = ORG),
            @Claim(key = "org_name", value = "福州示例科技有限公司")})
    void anAgentSubmitsWithoutTheOptionalMaterial() {
        TestClock.moveTo(THURSDAY_10);
        markedPreReview = given().contentType(ContentType.JSON).body(Map.of("itemCode", "HRSS-0002", "phone", "13912345678"))
                .when().post("/api/applicant/pre-reviews").then().statusCode(201).extract().path("id");
        upload(markedPreReview, "LIST", "名单.png", "image/png", PNG).statusCode(200);
        // LC (the labour contracts) is not a key material: the submission goes without it
        given().when().post("/api/applicant/pre-reviews/" + markedPreReview + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "prereviewer-test", roles = "pre-reviewer")
    void aPassMarksEveryMaterialWithoutAFile() {
        TestClock.moveTo(THURSDAY_10.plusSeconds(600));
        String answer = "/api/pre-reviews/" + markedPreReview + "/answer";
        // no mark for LC: the window would find it missing and give a second notice
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED", "comeAnyTime", true))
                .when().post(answer).then().statusCode(422).body("code", equalTo("materials-unmarked"))
                .body("detail", containsString("LC")).body("detailZh", containsString("LC"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED", "comeAnyTime", true,
                        "materials", List.of(Map.of("materialCode", "LIST", "mark", "BRING_TO_WINDOW"))))
                .when().post(answer).then().statusCode(400).body("code", equalTo("material-mark-has-file"));
        assertThat(Sql.count("select count(*) from pre_review where id = '" + markedPreReview + "' and status = 'SUBMITTED'"))
                .as("nothing written").isEqualTo(1);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED", "comeAnyTime", true,
                        "materials", List.of(Map.of("materialCode", "LC", "mark", "NOT_APPLICABLE"))))
                .when().post(answer).then().statusCode(200).body("status", equalTo("PASSED"))
                .body("materials.find { it.code == 'LC' }.mark", equalTo("NOT_APPLICABLE"))
                .body("materials.find { it.code == 'LIST' }.mark", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @Order(12)
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theMarkedPassIsTakenInWithoutASecondNotice() throws Exception {
        TestClock.moveTo(THURSDAY_10.plusSeconds(1200));
        var body = new HashMap<String, Object>();
        body.put("preReviewId", markedPreReview);
        body.put("deliveryMethod", "PICKUP");
        body.put("reviewPoints", confirmed("HRSS-0002"));
        var taken = given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(201)
                .extract().jsonPath();
        assertThat(taken.getString("outcome")).as("LC not applicable, as the pass said: no notice").isEqualTo("SETTLED_ON_SPOT");
        String caseId = taken.getString("intakeCase.caseId");
        assertThat(Sql.count("select count(*) from intake_notice where case_id = '" + caseId + "'")).isZero();
        assertThat(Sql.count("select count(*) from pre_review where id = '" + markedPreReview + "' and status = 'TAKEN_IN'"))
                .isEqualTo(1);
    }

    @Test
    @Order(13)
    @TestSecurity(user = "person2-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = BOTH), @Claim(key = "name", value = "钱七"),
            @Claim(key = "applicant_kind", value = "PERSON")})
    void aPersonMayHaveTenOpenPreReviewsAtOnce() {
        TestClock.moveTo(THURSDAY_10);
        // the shared test database keeps an earlier run's drafts (no files: nothing refers to them)
        Sql.execute("delete from pre_review where owner_number = '" + BOTH + "'");
        for (int i = 0; i < 10; i++) {
            given().contentType(ContentType.JSON).body(Map.of("itemCode", "CA-0001"))
                    .when().post("/api/applicant/pre-reviews").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(Map.of("itemCode", "CA-0001"))
                .when().post("/api/applicant/pre-reviews").then().statusCode(409)
                .body("code", equalTo("too-many-open-pre-reviews")).body("detailZh", containsString("10"));
        assertThat(Sql.count("select count(*) from pre_review where owner_number = '" + BOTH + "'")).isEqualTo(10);
        // someone else's id (or none) is refused before its bytes are looked at: a bad file is not what the answer says
        upload(UUID.randomUUID().toString(), "ID", "x.pdf", "application/pdf", new byte[] {'M', 'Z'}).statusCode(404);
        upload(organisationsPreReview, "LIST", "x.pdf", "application/pdf", new byte[] {'M', 'Z'}).statusCode(404);
    }

    @Test
    @Order(14)
    @TestSecurity(user = "org3-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = ORG_AGENT), @Claim(key = "name", value = "赵六"),
            @Claim(key = "applicant_kind", value = "ORGANISATION"), @Claim(key = "org_code", value = BOTH),
            @Claim(key = "org_name", value = "同号示例有限公司")})
    void anOrganisationWhoseCodeIsAPersonsNumberSeesNoneOfThePersonsPreReviews() {
        // the same 18 characters, another kind of applicant: the person's ten are not the organisation's
        assertThat(given().when().get("/api/applicant/pre-reviews").then().statusCode(200).extract().jsonPath()
                .getList("id")).isEmpty();
        String persons = Sql.text("select id::text from pre_review where owner_number = '" + BOTH + "' limit 1");
        given().when().get("/api/applicant/pre-reviews/" + persons).then().statusCode(404);
        upload(persons, "ID", "x.png", "image/png", PNG).statusCode(404);
        // and the person's ten open ones do not count against the organisation
        given().contentType(ContentType.JSON).body(Map.of("itemCode", "HRSS-0002"))
                .when().post("/api/applicant/pre-reviews").then().statusCode(201)
                .body("applicantName", equalTo("同号示例有限公司"));
    }

    static String broughtPreReview;

    @Test
    @Order(15)
    @TestSecurity(user = "agent2-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = ORG_AGENT), @Claim(key = "name", value = "赵六"),
            @Claim(key = "applicant_kind", value = "ORGANISATION"), @Claim(key = "org_code", value = ORG),
            @Claim(key = "org_name", value = "福州示例科技有限公司")})
    void anotherSubmissionWithoutTheOptionalMaterial() {
        TestClock.moveTo(THURSDAY_10);
        broughtPreReview = given().contentType(ContentType.JSON).body(Map.of("itemCode", "HRSS-0002"))
                .when().post("/api/applicant/pre-reviews").then().statusCode(201).extract().path("id");
        upload(broughtPreReview, "LIST", "名单.png", "image/png", PNG).statusCode(200);
        given().when().post("/api/applicant/pre-reviews/" + broughtPreReview + "/submission").then().statusCode(200);
    }

    @Test
    @Order(16)
    @TestSecurity(user = "prereviewer-test", roles = "pre-reviewer")
    void aPassAsksForTheMaterialAtTheWindow() {
        TestClock.moveTo(THURSDAY_10.plusSeconds(600));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "PASSED", "comeAnyTime", true,
                        "materials", List.of(Map.of("materialCode", "LC", "mark", "BRING_TO_WINDOW"))))
                .when().post("/api/pre-reviews/" + broughtPreReview + "/answer").then().statusCode(200)
                .body("materials.find { it.code == 'LC' }.mark", equalTo("BRING_TO_WINDOW"));
    }

    @Test
    @Order(17)
    @TestSecurity(user = "agent2-test", roles = "applicant")
    @OidcSecurity(claims = {@Claim(key = "id_number", value = ORG_AGENT), @Claim(key = "name", value = "赵六"),
            @Claim(key = "applicant_kind", value = "ORGANISATION"), @Claim(key = "org_code", value = ORG),
            @Claim(key = "org_name", value = "福州示例科技有限公司")})
    void theApplicantIsToldToBringItToTheWindow() {
        given().when().get("/api/applicant/pre-reviews/" + broughtPreReview).then().statusCode(200)
                .body("status", equalTo("PASSED")).body("materials.find { it.code == 'LC' }.mark", equalTo("BRING_TO_WINDOW"));
    }

    @Test
    @Order(18)
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theClerkTicksWhatWasBroughtAndNothingElseIsAsked() throws Exception {
        TestClock.moveTo(THURSDAY_10.plusSeconds(1200));
        var body = new HashMap<String, Object>();
        body.put("preReviewId", broughtPreReview);
        body.put("deliveryMethod", "PICKUP");
        body.put("reviewPoints", confirmed("HRSS-0002"));
        body.put("materials", List.of(Map.of("code", "LC", "status", "PROVIDED"))); // handed over at the window
        var taken = given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(201)
                .extract().jsonPath();
        assertThat(taken.getString("outcome")).isEqualTo("SETTLED_ON_SPOT");
    }
}
