package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.vocabulary.IdentityNumbers;

/**
 * 证照自动引用 (#23, must show), on the real servers: a company registers (AMR-0001) and its licence is issued as an
 * e-certificate; its later tax case (TAX-0001) takes the 营业执照 (BL) from that certificate — the company hands
 * nothing in and the case records which certificate served. After the AMR department revokes the licence, the same
 * take-in is refused with the department's reason, and the licence no longer verifies.
 */
class CertificateReuseIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    /** A company of its own (a valid credit code no other test uses): its certificates are the ones this test made. */
    static String company() {
        String first17 = "91131000" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    /** Polls the window's certificate look-up until its answer satisfies {@code ok}. */
    static Http.Reply lookup(String gw, String clerk, String company, Predicate<Http.Reply> ok) {
        long end = System.nanoTime() + WAIT.toNanos();
        Http.Reply last = null;
        while (System.nanoTime() < end) {
            last = Http.post(gw + "/api/intake/certificates/lookup", clerk,
                    Map.of("applicantKind", "ORGANISATION", "idNumber", company, "itemCode", "TAX-0001"));
            if (ok.test(last)) {
                return last;
            }
            Http.sleep(300);
        }
        throw new AssertionError("the look-up never answered as expected; last " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    static Http.Reply taxCase(String gw, String clerk, String company, String licence) {
        var materials = Window.completeChecklist(gw + "/api/intake", clerk, "TAX-0001").stream()
                .filter(m -> !m.get("code").equals("BL")).toList(); // the 营业执照 is not handed in
        return Http.post(gw + "/api/intake/cases", clerk, Map.of("itemCode", "TAX-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊临空证照复用有限公司", "idNumber", company),
                "materials", materials, "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(gw + "/api/intake", clerk, "TAX-0001"),
                "certificates", Map.of("BL", licence)));
    }

    @Test
    void aTaxCaseTakesTheLicenceFromTheRegistrationsCertificateUntilTheDepartmentRevokesIt() {
        String gw = Suite.gateway();
        String clerk = Http.token("clerk1");
        String company = company();

        var registration = Window.takeIn(gw + "/api/intake", clerk, "AMR-0001", "ORGANISATION", "廊坊临空证照复用有限公司", company);
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        String registered = Window.caseId(registration);
        String reviewer = Http.token("reviewer.amr");
        Http.await(gw + "/api/approval/department/cases/" + registered, reviewer, r -> r.status() == 200, WAIT);
        var decided = Http.post(gw + "/api/approval/department/cases/" + registered + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String licence = "EC-" + registered;

        // the certificate reaches intake's copy: the window sees it can serve the 营业执照
        var offered = lookup(gw, clerk, company, r -> r.status() == 200 && r.json().path(0).path("certificates").size() == 1);
        assertThat(offered.json().get(0).get("materialCode").asText()).isEqualTo("BL");
        assertThat(offered.json().get(0).get("certificates").get(0).get("certificateId").asText()).isEqualTo(licence);

        var served = taxCase(gw, clerk, company, licence);
        assertThat(served.status()).as(served.body()).isEqualTo(201);
        String taxCase = Window.caseId(served);
        var view = Http.get(gw + "/api/intake/cases/" + taxCase, clerk).json();
        assertThat(view.get("providedByCertificate").get(0).get("materialCode").asText()).isEqualTo("BL");
        assertThat(view.get("providedByCertificate").get(0).get("certificateId").asText()).isEqualTo(licence);
        assertThat(Db.count("intake", "select count(*) from case_certificate_material where case_id = ? and certificate_id = ?",
                taxCase, licence)).isEqualTo(1);

        // another department cannot revoke it (nor learn that it exists); the issuing department can, with its reason
        var notTheirs = Http.post(gw + "/api/issuance/certificates/" + licence + "/revocation", Http.token("reviewer.tax"),
                Map.of("reason", "误操作"));
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);
        String reason = "申请人以欺骗手段取得登记，依法撤销";
        var revoked = Http.post(gw + "/api/issuance/certificates/" + licence + "/revocation", reviewer, Map.of("reason", reason));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");

        // once intake's copy has the revocation, the same take-in is refused with the reason, and nothing is taken in
        lookup(gw, clerk, company, r -> r.status() == 200 && r.json().path(0).path("certificates").isEmpty());
        long cases = Db.count("intake", "select count(*) from intake_case where applicant_id = ?", company);
        var refused = taxCase(gw, clerk, company, licence);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("certificate-revoked");
        assertThat(refused.body()).contains(reason);
        assertThat(Db.count("intake", "select count(*) from intake_case where applicant_id = ?", company)).isEqualTo(cases);

        // and the licence no longer verifies
        var cert = Http.get(gw + "/api/issuance/issuance/" + registered + "/certificate", Http.token("issuer1")).json();
        var verified = Http.post(gw + "/api/issuance/public/certificates/verification", null,
                Map.of("payload", cert.get("payload").asText(), "signature", cert.get("signature").asText()));
        assertThat(verified.json().get("valid").asBoolean()).isFalse();
        assertThat(verified.json().get("certificate").get("status").asText()).isEqualTo("REVOKED");
        assertThat(List.of(cert.get("status").asText())).containsExactly("REVOKED");
    }
}
