package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.intake.takein.rules.IdentityNumbers;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * 证照自动引用: intake keeps a copy of the e-certificates issuance announces, and a later take-in of the same applicant
 * names one for a material whose list allows it (TAX-0001's 营业执照 BL: certificateOf AMR-0001). The material then
 * counts as received, "provided by certificate EC-…", and the case records which certificate served it. Refused with
 * a clear reason when revoked, expired or not for the material; another applicant's certificate is "not found".
 */
@QuarkusTest
@TestSecurity(user = "clerk-test", roles = "window-clerk")
class CertificateMaterialsTest {
    @AfterEach
    void clock() {
        TestClock.reset();
    }

    /** A valid unified social credit code of its own: each test's applicant has only the certificates it made. */
    static String company() {
        var random = ThreadLocalRandom.current();
        String first17 = "91350100" + String.format("%09d", random.nextInt(1_000_000_000));
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    static Map<String, String> m(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    static Map<String, Object> takeIn(String item, String company, List<Map<String, String>> materials, Map<String, String> certificates) {
        var body = new HashMap<String, Object>(Map.of("itemCode", item,
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊临空证照测试有限公司", "idNumber", company),
                "materials", materials, "deliveryMethod", "PICKUP", "reviewPoints", ReviewPointsFixture.confirmed(item)));
        if (certificates != null) {
            body.put("certificates", certificates);
        }
        return body;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then();
    }

    /** TAX-0001 with its other materials in order and 营业执照 (BL) not handed in. */
    static final List<Map<String, String>> TAX_WITHOUT_BL = List.of(m("LR-ID", "ORIGINAL_VERIFIED"), m("BANK", "PROVIDED"));

    /** The company's 企业设立登记 (AMR-0001), taken in at the window; its licence is issued later. */
    static String registration(String company) {
        return post(takeIn("AMR-0001", company, List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
                m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")), null))
                .statusCode(201).extract().path("intakeCase.caseId");
    }

    /** issuance announces the case's certificate (the event a decision's certificate makes). */
    static String issued(String caseId, String itemCode, Instant validUntil) {
        String id = "EC-" + caseId;
        String json = """
                {"caseId":"%s","certificateId":"%s","itemCode":"%s","departmentCode":"AMR","issuedAt":"%s","validUntil":%s}"""
                .formatted(caseId, id, itemCode, Instant.now(), validUntil == null ? "null" : "\"" + validUntil + "\"");
        String eventId = UUID.randomUUID().toString();
        Events.send(Topics.ISSUANCE_CASE, caseId, eventId, EventTypes.CERTIFICATE_ISSUED, json);
        Events.send(Topics.ISSUANCE_CASE, caseId, eventId, EventTypes.CERTIFICATE_ISSUED, json); // delivered twice: kept once
        assertThat(Sql.awaitCount("select count(*) from certificate_copy where certificate_id = '" + id + "'", 1)).isEqualTo(1);
        return id;
    }

    static void revoked(String caseId, String reason) {
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.CERTIFICATE_REVOKED, """
                {"caseId":"%s","certificateId":"EC-%s","reason":"%s","source":"DEPARTMENT_DECISION","revokedAt":"%s",
                 "actor":{"userId":"u-1","username":"reviewer.amr","name":"审批员","post":"department-reviewer","department":"AMR"}}"""
                .formatted(caseId, caseId, reason, Instant.now()));
        assertThat(Sql.awaitCount("select count(*) from certificate_copy where certificate_id = 'EC-" + caseId
                + "' and revoked_at is not null and revocation_reason = '" + reason + "'", 1)).isEqualTo(1);
    }

    static long cases(String company) {
        return Sql.count("select count(*) from intake_case where applicant_id = '" + company + "'");
    }

    @Test
    void aLicenceIssuedEarlierServesTheLaterCasesMaterialAndTheCaseRecordsIt() throws Exception {
        String company = company();
        String licence = issued(registration(company), "AMR-0001", null);

        // without it the 营业执照 is missing: a one-time notice, nothing taken in
        post(takeIn("TAX-0001", company, TAX_WITHOUT_BL, null)).statusCode(200).body("outcome", equalTo("ONE_TIME_NOTICE"));

        String caseId = post(takeIn("TAX-0001", company, TAX_WITHOUT_BL, Map.of("BL", licence))).statusCode(201)
                .extract().path("intakeCase.caseId");
        given().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("providedByCertificate", hasSize(1))
                .body("providedByCertificate[0].materialCode", equalTo("BL"))
                .body("providedByCertificate[0].certificateId", equalTo(licence))
                .body("providedByCertificate[0].noteEn", equalTo("provided by certificate " + licence));
        assertThat(Sql.count("select count(*) from case_certificate_material where case_id = '" + caseId
                + "' and material_code = 'BL' and certificate_id = '" + licence + "'")).isEqualTo(1);
        // the printed document says so as well (the text as extracted: a long line may wrap, so without spaces)
        assertThat(DocumentsTest.text("/api/cases/" + caseId + "/document").replaceAll("\\s", ""))
                .contains("材料BL由电子证照" + licence + "提供");

        // the window's look-up: which materials of TAX-0001 the company's certificates serve (the ID in the body)
        given().contentType(ContentType.JSON).body(Map.of("applicantKind", "ORGANISATION", "idNumber", company, "itemCode", "TAX-0001"))
                .when().post("/api/certificates/lookup").then().statusCode(200)
                .body("materialCode", equalTo(List.of("BL"))).body("[0].certificateOf", equalTo("AMR-0001"))
                .body("[0].certificates.certificateId", equalTo(List.of(licence)));
        given().contentType(ContentType.JSON).body(Map.of("applicantKind", "ORGANISATION", "idNumber", company(), "itemCode", "TAX-0001"))
                .when().post("/api/certificates/lookup").then().statusCode(200).body("[0].certificates", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("applicantKind", "ORGANISATION", "idNumber", "91350100M000100Y4X", "itemCode", "TAX-0001"))
                .when().post("/api/certificates/lookup").then().statusCode(400).body("code", equalTo("invalid-credit-code"));
    }

    @Test
    void aRevokedLicenceIsRefusedWithItsReasonAndNothingIsTakenIn() {
        String company = company();
        String registration = registration(company);
        String licence = issued(registration, "AMR-0001", null);
        revoked(registration, "以欺骗手段取得登记");
        long before = cases(company);
        post(takeIn("TAX-0001", company, TAX_WITHOUT_BL, Map.of("BL", licence))).statusCode(422)
                .body("code", equalTo("certificate-revoked")).body("detail", containsString("以欺骗手段取得登记"));
        assertThat(cases(company)).isEqualTo(before);
        given().contentType(ContentType.JSON).body(Map.of("applicantKind", "ORGANISATION", "idNumber", company, "itemCode", "TAX-0001"))
                .when().post("/api/certificates/lookup").then().statusCode(200).body("[0].certificates", hasSize(0));
    }

    @Test
    void anExpiredLicenceIsRefusedOnTheHallsClock() {
        String company = company();
        Instant until = Instant.now().plus(1, ChronoUnit.DAYS);
        String licence = issued(registration(company), "AMR-0001", until);
        TestClock.moveTo(until.minusSeconds(60));
        post(takeIn("TAX-0001", company, TAX_WITHOUT_BL, Map.of("BL", licence))).statusCode(201);
        TestClock.moveTo(until);
        long before = cases(company);
        post(takeIn("TAX-0001", company, TAX_WITHOUT_BL, Map.of("BL", licence))).statusCode(422)
                .body("code", equalTo("certificate-expired"));
        assertThat(cases(company)).isEqualTo(before);
    }

    @Test
    void anotherApplicantsCertificateIsNotFoundAsAnUnknownOne() {
        String owner = company();
        String licence = issued(registration(owner), "AMR-0001", null);
        String other = company();
        var unknown = post(takeIn("TAX-0001", other, TAX_WITHOUT_BL, Map.of("BL", "EC-DX-20260101-999999"))).statusCode(404)
                .body("code", equalTo("certificate-not-found")).extract().jsonPath();
        post(takeIn("TAX-0001", other, TAX_WITHOUT_BL, Map.of("BL", licence))).statusCode(404)
                .body("code", equalTo("certificate-not-found"))
                .body("detail", equalTo(unknown.getString("detail").replace("EC-DX-20260101-999999", licence)));
        assertThat(cases(other)).isZero();
    }

    @Test
    void aCertificateServesOnlyAMaterialWhoseListNamesItsItem() {
        String company = company();
        String registration = registration(company);
        String licence = issued(registration, "AMR-0001", null);
        // LR-ID (法定代表人身份证件) names no certificate
        post(takeIn("TAX-0001", company, List.of(m("BANK", "PROVIDED")), Map.of("BL", licence, "LR-ID", licence)))
                .statusCode(422).body("code", equalTo("certificate-not-for-material")).body("detail", containsString("LR-ID"));
        // a certificate of another item (the tax case's own) is not a 营业执照
        String taxCase = post(takeIn("TAX-0001", company, TAX_WITHOUT_BL, Map.of("BL", licence))).statusCode(201)
                .extract().path("intakeCase.caseId");
        String taxCertificate = issued(taxCase, "TAX-0001", null);
        post(takeIn("TAX-0001", company, TAX_WITHOUT_BL, Map.of("BL", taxCertificate))).statusCode(422)
                .body("code", equalTo("certificate-not-for-material")).body("detail", containsString("AMR-0001"));
    }
}
