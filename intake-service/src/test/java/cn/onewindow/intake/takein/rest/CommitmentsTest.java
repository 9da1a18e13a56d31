package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.IdentityNumbers;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * 证明事项告知承诺制 at the window (#23, item 5): a proof the catalogue lets a commitment replace (AMR-0001's 住所使用证明,
 * ADDR) is taken on the applicant's signed commitment and counts as received — the case is accepted, not owed anything;
 * the commitment is kept with the case, printable, and named on the case's event for approval. A key material, a
 * material the catalogue does not let a commitment replace, and a material both handed in and promised are refused,
 * nothing written. A commitment the department later finds false (approval's event, sent here as approval sends it, and
 * once more as a redelivery) puts the applicant on the credit list as blacklisted, with the reason and the source.
 * Real PostgreSQL and Kafka; the test's clock.
 */
@QuarkusTest
class CommitmentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** A valid unified social credit code of this run's own: the credit list it lands on is no other test's. */
    static String freshCreditCode() {
        String first17 = "91350100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    static Map<String, String> m(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    /** AMR-0001 for an organisation, with its key materials handed in and ADDR as given (or left out). */
    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> takeIn(String creditCode,
            List<Map<String, String>> extraMaterials, List<String> commitments) {
        var materials = new java.util.ArrayList<>(List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
                m("LR-ID", "ORIGINAL_VERIFIED"), m("POA", "NOT_APPLICABLE")));
        materials.addAll(extraMaterials);
        var body = new java.util.HashMap<String, Object>(Map.of("itemCode", "AMR-0001", "applicant",
                Map.of("kind", "ORGANISATION", "name", "承诺测试有限公司", "idNumber", creditCode), "materials", materials,
                "deliveryMethod", "PICKUP", "reviewPoints", ReviewPointsFixture.confirmed("AMR-0001")));
        if (commitments != null) {
            body.put("commitments", commitments);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().extract();
    }

    @Test
    @TestSecurity(user = "commitment-clerk", roles = "window-clerk")
    @OidcSecurity(claims = {@Claim(key = "family_name", value = "李"), @Claim(key = "given_name", value = "诺")})
    void aProofReplacedByTheSignedCommitmentIsReceivedKeptPrintedAndAnnounced() throws Exception {
        TestClock.moveTo(Instant.parse("2026-12-14T02:00:00Z")); // Mon 14 Dec, 10:00 in the hall
        String code = freshCreditCode();
        // without the proof and without a commitment: nothing is taken in, the one-time notice names it
        var without = takeIn(code, List.of(), null);
        assertThat(without.statusCode()).as(without.body().asString()).isEqualTo(200);
        assertThat(without.body().asString()).contains("ADDR");

        var taken = takeIn(code, List.of(), List.of("ADDR"));
        assertThat(taken.statusCode()).as(taken.body().asString()).isEqualTo(201);
        String caseId = taken.path("intakeCase.caseId");
        assertThat((String) taken.path("intakeCase.status")).isEqualTo("ACCEPTED"); // received: nothing owed, no 容缺
        assertThat(Sql.count("select count(*) from deferred_material where case_id = '" + caseId + "'")).isZero();
        assertThat(Sql.count("select count(*) from case_commitment where case_id = '" + caseId
                + "' and material_code = 'ADDR' and signed_by = '承诺测试有限公司' and signed_at between '2026-12-14T02:00:00Z' and '2026-12-14T02:01:00Z'"))
                .isEqualTo(1);

        // the case's event tells approval what to verify, and within how many working days
        var events = Events.received(Topics.INTAKE_CASE, caseId, 1);
        var accepted = events.stream().filter(e -> e.type().equals(EventTypes.CASE_TAKEN_IN)).findFirst().orElseThrow();
        JsonNode data = JSON.readTree(accepted.value());
        assertThat(data.path("commitments").toString()).isEqualTo("[\"ADDR\"]");
        assertThat(data.path("commitmentCheckDays").asInt()).isEqualTo(20);

        // printable, with the hall's standard words: what is promised, the check, revocation and the blacklist
        String text = DocumentsTest.text("/api/cases/" + caseId + "/commitments/ADDR/document");
        assertThat(text).contains("证明事项告知承诺书", caseId, "承诺测试有限公司", "企业设立登记", "住所使用证明（ADDR）",
                "作出决定后20个工作日内", "承诺不实", "撤销已作出的办理结果", "失信名单", "核验码", "第一联 申请人留存",
                "第二联 随卷存档");
        given().when().get("/api/cases/" + caseId + "/commitments/AOA/document").then().statusCode(404)
                .body("code", equalTo("not-found"));
    }

    @Test
    @TestSecurity(user = "commitment-clerk", roles = "window-clerk")
    void onlyAProofTheCatalogueAllowsMayBePromisedAndNeverAlsoHandedIn() {
        String code = freshCreditCode();
        long before = Sql.count("select count(*) from intake_case where applicant_id = '" + code + "'");
        // a key material (公司登记申请书) is examined, never promised
        var key = takeIn(code, List.of(m("ADDR", "PROVIDED")), List.of("APP"));
        assertThat(key.statusCode()).isEqualTo(422);
        assertThat((String) key.path("code")).isEqualTo("commitment-not-allowed");
        assertThat((String) key.path("detailZh")).contains("APP为关键材料");
        // 授权委托书 is no proof the catalogue lets a commitment replace
        var notAllowed = takeIn(code, List.of(m("ADDR", "PROVIDED")), List.of("POA"));
        assertThat(notAllowed.statusCode()).isEqualTo(422);
        assertThat((String) notAllowed.path("detailZh")).contains("POA不属于可以告知承诺替代的证明事项");
        // handed in and promised at once
        var both = takeIn(code, List.of(m("ADDR", "PROVIDED")), List.of("ADDR"));
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat((String) both.path("detailZh")).contains("ADDR已提交材料");
        // not a material of the item at all
        var stray = takeIn(code, List.of(m("ADDR", "PROVIDED")), List.of("HEALTH"));
        assertThat(stray.statusCode()).isEqualTo(422);
        assertThat((String) stray.path("detailZh")).contains("HEALTH不是所选事项的申请材料");
        assertThat(Sql.count("select count(*) from intake_case where applicant_id = '" + code + "'")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "commitment-clerk", roles = "window-clerk")
    void aBlacklistedApplicantMayNotPromiseUntilTheCreditIsRepaired() {
        String code = freshCreditCode();
        Sql.execute("insert into applicant_credit (id_number, name, kind, blacklisted, red_listed, credit_level, updated_by, "
                + "updated_at) values ('" + code + "', '承诺测试有限公司', 'ORGANISATION', true, false, 'D', 'test', now())");
        // 国办发〔2020〕42号: 失信 — no 告知承诺制, nothing written
        var refused = takeIn(code, List.of(), List.of("ADDR"));
        assertThat(refused.statusCode()).as(refused.body().asString()).isEqualTo(422);
        assertThat((String) refused.path("code")).isEqualTo("commitment-not-allowed-credit");
        assertThat((String) refused.path("detailZh")).contains("失信名单", "信用修复");
        assertThat(refused.body().asString()).contains("blacklisted");
        assertThat(Sql.count("select count(*) from intake_case where applicant_id = '" + code + "'")).isZero();
        assertThat(Sql.count("select count(*) from case_commitment c join intake_case k on k.case_id = c.case_id "
                + "where k.applicant_id = '" + code + "'")).isZero();
        // the proof handed in: taken in as any other (the credit list stops the commitment, not the take-in)
        var handedIn = takeIn(code, List.of(m("ADDR", "PROVIDED")), null);
        assertThat(handedIn.statusCode()).as(handedIn.body().asString()).isEqualTo(201);
        // credit repaired (taken off the blacklist): the commitment is open to the applicant again
        Sql.execute("update applicant_credit set blacklisted = false where id_number = '" + code + "'");
        var promised = takeIn(code, List.of(), List.of("ADDR"));
        assertThat(promised.statusCode()).as(promised.body().asString()).isEqualTo(201);
    }

    @Test
    @TestSecurity(user = "commitment-clerk", roles = "window-clerk")
    void aCommitmentFoundFalsePutsTheApplicantOnTheCreditListOnce() {
        TestClock.moveTo(Instant.parse("2026-12-14T02:00:00Z"));
        String code = freshCreditCode();
        var taken = takeIn(code, List.of(), List.of("ADDR"));
        assertThat(taken.statusCode()).as(taken.body().asString()).isEqualTo(201);
        String caseId = taken.path("intakeCase.caseId");
        given().contentType(ContentType.JSON).body(Map.of("idNumber", code)).when().post("/api/credit/lookup").then()
                .statusCode(200).body("listed", equalTo(false));

        String found = """
                {"caseId":"%s","materialCode":"ADDR","note":"住所为虚构地址，现场核查无此门牌","departmentCode":"AMR",
                 "foundAt":"2027-01-05T03:00:00Z","actor":{"userId":"u-rev","username":"reviewer.amr","name":"审批员",
                 "post":"department-reviewer","department":"AMR"}}""".formatted(caseId);
        String id = Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.COMMITMENT_FOUND_FALSE, found);
        Events.send(Topics.APPROVAL_CASE, caseId, id, EventTypes.COMMITMENT_FOUND_FALSE, found); // redelivered
        assertThat(Sql.awaitCount("select count(*) from applicant_credit where id_number = '" + code + "' and blacklisted", 1))
                .isEqualTo(1);
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, caseId, "intake-service");
        assertThat(Sql.count("select count(*) from processed_event where consumer = 'intake-service' and event_id = '"
                + id + "'")).isEqualTo(1);

        given().contentType(ContentType.JSON).body(Map.of("idNumber", code)).when().post("/api/credit/lookup").then()
                .statusCode(200).body("listed", equalTo(true)).body("blacklisted", equalTo(true))
                .body("name", equalTo("承诺测试有限公司")).body("creditLevel", equalTo("D"))
                .body("reason", containsString("住所为虚构地址")).body("reason", containsString("告知承诺不实"))
                .body("sourceCaseId", equalTo(caseId)).body("sourceMaterialCode", equalTo("ADDR"))
                .body("deferralAllowed", equalTo(false));
    }
}
