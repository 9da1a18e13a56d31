package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.platform.security.ApplicantRef;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.issuance.service.CertificateKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * An applicant reads the notices and e-certificates of their own cases here (#23), found by the pseudonym intake put
 * on CaseTakenIn — never another applicant's, and never by staff through these operations.
 */
@QuarkusTest
class ApplicantRecordsTest {
    // valid check digits (GB 11643), used by no other test
    static final String ME = "131025197707070774";
    static final String OTHER = "131025197707070889";

    @Inject
    ApplicantRef refs;
    @Inject
    CertificateKeys keys;

    static String mine;
    static String others;
    static String old;

    @BeforeEach
    void cases() throws Throwable {
        if (mine != null) {
            return;
        }
        mine = "AP-" + UUID.randomUUID();
        others = "AP-" + UUID.randomUUID();
        old = "AP-" + UUID.randomUUID();
        takenIn(mine, refs.of("PERSON", ME));
        takenIn(others, refs.of("PERSON", OTHER));
        takenIn(old, null); // recorded before applicantRef existed: nobody's here
        assertThat(Sql.awaitCount("select count(*) from case_applicant where case_id in ('" + mine + "', '" + others + "')", 2))
                .isEqualTo(2);
        // the certificates below name a key: on a fresh database no certificate has been signed yet, so there is none
        if (Sql.count("select count(*) from signing_key") == 0) {
            VertxContextSupport.subscribeAndAwait(() -> keys.rotate(Optional.empty()));
        }
        for (String c : new String[] {mine, others, old}) {
            Sql.execute("insert into notification (id, case_id, kind, channel, recipient, body, status, next_attempt_at, created_at,"
                    + " sent_at) values ('" + UUID.randomUUID() + "', '" + c + "', 'RESULT_READY', 'SMS', '13900000000', '您的办件 "
                    + c + " 已办结，请到综合出件窗口领取', 'SENT', now(), now(), now())");
            Sql.execute("insert into e_certificate (id, case_id, kid, payload, signature, issued_at, verification_code)"
                    + " select 'EC-" + c + "', '" + c + "', kid, '{}', 'c2ln', now(), '" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "' from signing_key limit 1");
        }
    }

    static void takenIn(String caseId, String ref) {
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","catalogueVersion":1,"departmentCode":"AMR",
                 "departmentName":"市场监管局","itemType":"PROMISED","statutoryDays":20,"promisedDays":5,"applicantKind":"PERSON",
                 "applicantName":"李晓梅","deliveryMethod":"PICKUP","intakePath":"ACCEPTED_ON_SPOT",
                 "acceptedAt":"2026-12-01T02:00:00Z","actor":{"userId":"u-clerk","username":"clerk","name":"张敏","post":"window-clerk"}%s}"""
                .formatted(caseId, ref == null ? "" : ",\"applicantRef\":\"" + ref + "\""));
    }

    @Test
    @TestSecurity(user = "applicant1", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = ME), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void anApplicantReadsTheNoticesAndCertificatesOfTheirOwnCasesOnly() {
        given().when().get("/api/applicant/notices").then().statusCode(200)
                .body("caseId", hasItem(mine)).body("caseId", not(hasItem(others))).body("caseId", not(hasItem(old)))
                .body("find { it.caseId == '" + mine + "' }.kind", equalTo("RESULT_READY"));
        given().when().get("/api/applicant/certificates").then().statusCode(200)
                .body("certificateId", hasItem("EC-" + mine)).body("caseId", not(hasItem(others))).body("caseId", not(hasItem(old)))
                .body("find { it.caseId == '" + mine + "' }.status", equalTo("VALID"));
    }

    @Test
    @TestSecurity(user = "applicant-bad", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = "131025197707070775"), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void aTokenWithoutAValidIdentityServesNothing() {
        given().when().get("/api/applicant/notices").then().statusCode(403).body("code", equalTo("not-an-applicant"));
        given().when().get("/api/applicant/certificates").then().statusCode(403).body("code", equalTo("not-an-applicant"));
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @OidcSecurity(claims = { @Claim(key = "hall", value = "DX"), @Claim(key = "id_number", value = ME), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void staffAreRefusedTheApplicantsOperations() {
        given().when().get("/api/applicant/notices").then().statusCode(403);
        given().when().get("/api/applicant/certificates").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant1", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = ME), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void anApplicantIsRefusedTheIssuanceWindowsOperations() {
        given().when().get("/api/issuance/" + mine).then().statusCode(403);
        given().when().get("/api/issuance").then().statusCode(403);
    }
}
