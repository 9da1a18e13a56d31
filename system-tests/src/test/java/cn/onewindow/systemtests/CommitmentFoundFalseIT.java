package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.IdentityNumbers;

/**
 * 证明事项告知承诺制 through the services (#23, must show): a company is taken in for registration (AMR-0001) on its
 * signed commitment instead of the 住所使用证明, printable at the window; the department approves, and its verification
 * after the decision finds the commitment false — the e-certificate is revoked (issuance), the company is on the credit
 * list as blacklisted with the reason and the case as source (intake), and the supervisor's figures list and count it
 * (evaluation). Everything through the gateway with the demo realm's users, on the real servers.
 */
class CommitmentFoundFalseIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    /** A valid unified social credit code of this run's own, so the credit list it lands on is no other test's. */
    static String freshCreditCode() {
        String first17 = "91350100MB" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    @Test
    void aCommitmentFoundFalseRevokesTheResultBlacklistsTheApplicantAndShowsInSupervision() {
        String gw = Suite.gateway();
        String intake = gw + "/api/intake";
        String clerk = Http.token("clerk1");
        String company = freshCreditCode();
        // every material but the 住所使用证明, which the company promises instead (告知承诺)
        List<Map<String, String>> materials = Window.completeChecklist(intake, clerk, "AMR-0001").stream()
                .filter(m -> !"ADDR".equals(m.get("code"))).toList();
        var accepted = Http.post(intake + "/cases", clerk, Map.of("itemCode", "AMR-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊承诺核查科技有限公司", "idNumber", company),
                "materials", materials, "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(intake, clerk, "AMR-0001"), "commitments", List.of("ADDR")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("outcome").asText()).isEqualTo("ACCEPTED_ON_SPOT");
        String caseId = Window.caseId(accepted);
        var commitment = Http.get(intake + "/cases/" + caseId + "/commitments/ADDR/document", clerk, "application/pdf");
        assertThat(commitment.status()).as(commitment.body()).isEqualTo(200);

        // approved by the department, issued as an e-certificate; the verification is then due
        String reviewer = Http.token("reviewer.amr");
        Http.await(gw + "/api/approval/department/cases/" + caseId, reviewer, r -> r.status() == 200, WAIT);
        var decided = Http.post(gw + "/api/approval/department/cases/" + caseId + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Http.await(gw + "/api/approval/commitment-checks?status=DUE", reviewer,
                r -> r.status() == 200 && caseIds(r.json()).contains(caseId), WAIT);
        String issuer = Http.token("issuer1");
        Http.await(gw + "/api/issuance/issuance/" + caseId + "/certificate", issuer,
                r -> r.status() == 200 && "VALID".equals(r.json().path("status").asText()), WAIT);

        // the department's verification finds the commitment false
        var found = Http.post(gw + "/api/approval/cases/" + caseId + "/commitment-checks", reviewer,
                Map.of("materialCode", "ADDR", "outcome", "FALSE", "note", "现场核查：所填住所为他人住宅，未取得使用权"));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        // another department's staff find no such verification
        var other = Http.post(gw + "/api/approval/cases/" + caseId + "/commitment-checks", Http.token("reviewer.tax"),
                Map.of("materialCode", "ADDR", "outcome", "TRUE"));
        assertThat(other.status()).as(other.body()).isEqualTo(404);

        // the result is revoked (issuance)
        var certificate = Http.await(gw + "/api/issuance/issuance/" + caseId + "/certificate", issuer,
                r -> r.status() == 200 && "REVOKED".equals(r.json().path("status").asText()), WAIT).json();
        var verified = Http.post(gw + "/api/issuance/public/certificates/verification", null,
                Map.of("payload", certificate.get("payload").asText(), "signature", certificate.get("signature").asText()));
        assertThat(verified.json().get("valid").asBoolean()).isFalse();
        assertThat(Db.one("issuance", "select revocation_source, revocation_reason from e_certificate where case_id = ?", caseId))
                .containsEntry("revocation_source", "COMMITMENT_FOUND_FALSE");

        // the applicant is blacklisted, with the reason and the source (intake)
        JsonNode credit = blacklisted(intake + "/credit/lookup", clerk, company);
        assertThat(credit.get("reason").asText()).contains("告知承诺不实", "未取得使用权");
        assertThat(credit.get("sourceCaseId").asText()).isEqualTo(caseId);
        assertThat(credit.get("sourceMaterialCode").asText()).isEqualTo("ADDR");

        // shown in supervision (evaluation)
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode figures = Http.await(gw + "/api/evaluation/supervision/false-commitments?from=" + today + "&to=" + today,
                Http.token("supervisor1"), r -> r.status() == 200 && caseIds(r.json().path("findings")).contains(caseId), WAIT)
                .json();
        assertThat(figures.path("perDepartment").path("AMR").asLong()).isPositive();

        assertThat(ThinFlowIT.typesOn(Topics.APPROVAL_CASE, caseId)).containsSubsequence(EventTypes.CASE_DECIDED,
                EventTypes.COMMITMENT_CHECK_RECORDED, EventTypes.COMMITMENT_FOUND_FALSE);
        // the revocation was read committed above; its event is sent by the relay a moment later
        assertThat(ThinFlowIT.awaitTypesOn(Topics.ISSUANCE_CASE, caseId, List.of(EventTypes.CERTIFICATE_REVOKED)))
                .contains(EventTypes.CERTIFICATE_REVOKED);
    }

    /** The lookup (a POST: the number travels in the body) polled until the applicant is blacklisted. */
    static JsonNode blacklisted(String url, String token, String idNumber) {
        long end = System.nanoTime() + WAIT.toNanos();
        Http.Reply last;
        do {
            last = Http.post(url, token, Map.of("idNumber", idNumber));
            if (last.status() == 200 && last.json().path("blacklisted").asBoolean()) {
                return last.json();
            }
            Http.sleep(200);
        } while (System.nanoTime() < end);
        throw new AssertionError("never blacklisted: " + last.status() + " " + last.body());
    }

    static List<String> caseIds(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("caseId").asText()).toList();
    }
}
