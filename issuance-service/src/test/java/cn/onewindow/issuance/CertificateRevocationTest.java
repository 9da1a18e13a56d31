package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.RevocationSource;
import cn.onewindow.issuance.service.CertificateService;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * E-certificates stand until their expiry (the item version's result validity) or their revocation (吊销/撤销) by the
 * issuing department; either shows in the public view and the verification, which never say valid then. Issue and
 * revocation are announced on the issuance topic, for intake's copy (证照自动引用).
 */
@QuarkusTest
class CertificateRevocationTest {
    @Inject
    CertificateService certificates;

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    /** An item code of this run, so the catalogue copy of one test is not another's. */
    static String itemCode() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "TV" + random.ints(4, 'A', 'Z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "-0001";
    }

    /** The catalogue topic's version of {@code code}, in force from {@code from}, with {@code years} of validity. */
    static void published(String code, Instant from, Integer years) {
        Events.send(Topics.CATALOGUE_ITEM, code, EventTypes.ITEM_VERSION_PUBLISHED, """
                {"code":"%s","version":1,"status":"ACTIVE","announcedAt":"%s","effectiveFrom":"%s","departmentName":"市场监管局",
                 "definition":{"code":"%s","name":"测试许可","departmentCode":"AMR","resultValidYears":%s}}"""
                .formatted(code, from, from, code, years == null ? "null" : years));
        assertThat(Sql.awaitCount("select count(*) from catalogue_validity where code = '" + code + "'", 1)).isEqualTo(1);
    }

    static String approved(String itemCode, String department) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"%s","itemName":"测试许可","departmentCode":"%s","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"测试许可证","applicantName":"廊坊临空科技有限公司","deliveryMethod":"PICKUP",
                 "decidedAt":"%s"}""".formatted(caseId, itemCode, department, Instant.now()));
        assertThat(Sql.awaitCount("select count(*) from e_certificate where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static String code(String caseId) {
        return Sql.text("select verification_code from e_certificate where case_id = '" + caseId + "'");
    }

    static JsonPath verification(String caseId) {
        String payload = Sql.text("select payload from e_certificate where case_id = '" + caseId + "'");
        String signature = Sql.text("select signature from e_certificate where case_id = '" + caseId + "'");
        return given().contentType(ContentType.JSON).body(Map.of("payload", payload, "signature", signature))
                .when().post("/api/public/certificates/verification").then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse revoke(String certificateId, String reason) {
        return given().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/certificates/" + certificateId + "/revocation").then();
    }

    @Test
    @TestSecurity(user = "reviewer.amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "preferred_username", value = "reviewer.amr")})
    void theIssuingDepartmentRevokesOnceWithItsReasonAndTheCertificateNoLongerVerifies() {
        String caseId = approved(itemCode(), "AMR");
        String id = "EC-" + caseId;
        assertThat(verification(caseId).getBoolean("valid")).isTrue();

        revoke(id, "  以欺骗手段取得登记，依法撤销 ").statusCode(200).body("status", equalTo("REVOKED"))
                .body("reason", equalTo("以欺骗手段取得登记，依法撤销")).body("source", equalTo("DEPARTMENT_DECISION"))
                .body("certificateId", equalTo(id)).body("caseId", equalTo(caseId));
        String revokedAt = Sql.text("select revoked_at::text from e_certificate where id = '" + id + "'");
        // again, with another reason: the first revocation stands and is answered; nothing changes, nothing is announced
        revoke(id, "另一个理由").statusCode(200).body("reason", equalTo("以欺骗手段取得登记，依法撤销"));
        assertThat(Sql.text("select revoked_at::text || revocation_reason || revoked_by_post from e_certificate where id = '" + id + "'"))
                .isEqualTo(revokedAt + "以欺骗手段取得登记，依法撤销department-reviewer");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CERTIFICATE_REVOKED + "' and payload::jsonb ->> 'source' = 'DEPARTMENT_DECISION'"
                + " and payload::jsonb -> 'actor' ->> 'department' = 'AMR'")).isEqualTo(1);
        assertThat(Events.types(Topics.ISSUANCE_CASE, caseId, 3)).containsSubsequence(EventTypes.CERTIFICATE_ISSUED,
                EventTypes.CERTIFICATE_REVOKED);

        var verified = verification(caseId);
        assertThat(verified.getBoolean("valid")).isFalse();
        assertThat(verified.getString("reasonZh")).contains("吊销/撤销", "以欺骗手段取得登记");
        assertThat(verified.getString("certificate.status")).isEqualTo("REVOKED");
        given().when().get("/api/public/certificates/" + id + "?code=" + code(caseId)).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationReason", equalTo("以欺骗手段取得登记，依法撤销"));
    }

    @Test
    @TestSecurity(user = "reviewer.tax", roles = "chief-representative")
    @OidcSecurity(claims = {@Claim(key = "department", value = "TAX")})
    void anotherDepartmentFindsNoCertificateToRevoke() {
        String caseId = approved(itemCode(), "AMR");
        String id = "EC-" + caseId;
        String unknown = revoke("EC-T-never-issued", "理由").statusCode(404).extract().path("detail");
        revoke(id, "理由").statusCode(404).body("code", equalTo("not-found"))
                .body("detail", equalTo(unknown.replace("EC-T-never-issued", id)));
        assertThat(Sql.count("select count(*) from e_certificate where id = '" + id + "' and revoked_at is null")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CERTIFICATE_REVOKED + "'")).isZero();
        // no reason, or one too long: refused before anything is read
        revoke(id, " ").statusCode(400);
        revoke(id, "理".repeat(501)).statusCode(400);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aWindowPostMayNotRevoke() {
        String caseId = approved(itemCode(), "AMR");
        revoke("EC-" + caseId, "理由").statusCode(403);
    }

    /** The commitments' path: a finding of the hall's own (no department check), by case, idempotent as well. */
    @Test
    void aCommitmentFoundFalseRevokesTheCaseCertificate() throws Throwable {
        String caseId = approved(itemCode(), "AMR");
        Actor system = Actor.system("approval-service");
        var first = VertxContextSupport.subscribeAndAwait(() -> certificates.revokeForCase(caseId, "承诺内容不实",
                RevocationSource.COMMITMENT_FOUND_FALSE, system));
        assertThat(first.source()).isEqualTo(RevocationSource.COMMITMENT_FOUND_FALSE);
        var again = VertxContextSupport.subscribeAndAwait(() -> certificates.revokeForCase(caseId, "再次",
                RevocationSource.COMMITMENT_FOUND_FALSE, system));
        assertThat(again).isEqualTo(first);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> certificates.revokeForCase("T-no-such-case", "理由",
                RevocationSource.COMMITMENT_FOUND_FALSE, system))).isNull();
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CERTIFICATE_REVOKED + "' and payload::jsonb ->> 'source' = 'COMMITMENT_FOUND_FALSE'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aCertificateExpiresWithItsItemsValidityAndOneWithoutNeverDoes() {
        Instant issued = Instant.parse("2026-03-02T02:00:00Z");
        String fiveYears = itemCode();
        published(fiveYears, Instant.parse("2026-01-01T00:00:00Z"), 5);
        TestClock.moveTo(issued);
        String caseId = approved(fiveYears, "AMR");
        String longTerm = approved(itemCode(), "AMR"); // an item whose catalogue sets no validity (or is not here)
        // the clock runs on from where it was moved: the certificate was issued a moment after
        Instant issuedAt = Instant.parse(Sql.text("select to_char(issued_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " from e_certificate where case_id = '" + caseId + "'"));
        assertThat(issuedAt).isBetween(issued, issued.plusSeconds(60));
        Instant until = issuedAt.atZone(ZoneId.of("Asia/Shanghai")).plusYears(5).toInstant();

        var cert = given().when().get("/api/issuance/" + caseId + "/certificate").then().statusCode(200)
                .body("status", equalTo("VALID")).extract().jsonPath();
        assertThat(Instant.parse(cert.getString("validUntil"))).isEqualTo(until);
        assertThat(cert.getString("payload")).contains("\"validUntil\":\"" + until + "\""); // signed with the rest
        given().when().get("/api/issuance/" + longTerm + "/certificate").then().body("validUntil", nullValue());
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CERTIFICATE_ISSUED + "' and (payload::jsonb ->> 'validUntil')::timestamptz = '" + until + "'"
                + " and payload::jsonb ->> 'itemCode' = '" + fiveYears + "'")).isEqualTo(1);

        // the test clock runs on from where it is set: slack for the reads and the call before the service reads it
        TestClock.moveTo(until.minusSeconds(30));
        assertThat(verification(caseId).getBoolean("valid")).isTrue();
        TestClock.moveTo(until);
        var expired = verification(caseId);
        assertThat(expired.getBoolean("valid")).isFalse();
        assertThat(expired.getString("reasonZh")).contains("过期");
        given().when().get("/api/public/certificates/EC-" + caseId + "?code=" + code(caseId)).then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
        given().when().get("/api/public/certificates/EC-" + longTerm + "?code=" + code(longTerm)).then().statusCode(200)
                .body("status", equalTo("VALID"));
    }
}
