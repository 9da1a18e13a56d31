package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.vocabulary.IdentityNumbers;

/**
 * 联审联办 (#24, must show), on the real servers: the demo's JOINT item AMR-0031 (旅馆业开办, AMR leading, TAX and PSB
 * co-departments) is taken in at the window; the lead's decision before the opinions is refused (409, nothing decided);
 * each co-department finds its opinion task in its own queue and gives its opinion once — TAX's reviewer in the browser's
 * way, PSB's system with client credentials; the lead sees both opinions and decides once: one CaseDecided.
 */
class JointReviewIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    static String company() {
        String first17 = "91131000" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    static long events(String caseId, String type) {
        return Db.count("approval", "select count(*) from outbox_event where aggregate_id = ? and event_type = ?", caseId, type);
    }

    @Test
    void twoCoDepartmentsGiveTheirOpinionsAndTheLeadDecidesOnce() {
        String gw = Suite.gateway();
        String clerk = Http.token("clerk1");
        var taken = Window.takeIn(gw + "/api/intake", clerk, "AMR-0031", "ORGANISATION", "廊坊临空联办旅馆有限公司", company());
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String caseId = Window.caseId(taken);

        String lead = Http.token("reviewer.amr");
        String cases = gw + "/api/approval/department/cases/" + caseId;
        String joint = gw + "/api/approval/cases/" + caseId;
        Http.await(cases, lead, r -> r.status() == 200, WAIT);
        var review = Http.get(joint + "/joint-review", lead);
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.json().get("kind").asText()).isEqualTo("JOINT");
        assertThat(texts(review.json().get("pendingDepartments"))).containsExactlyInAnyOrder("TAX", "PSB");

        // the lead before the opinions: refused, nothing decided
        Map<String, Object> approve = Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "旅馆业开办联办结果");
        var early = Http.post(cases + "/decision", lead, approve);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("joint-opinions-pending");
        assertThat(events(caseId, EventTypes.CASE_DECIDED)).isZero();

        // TAX's reviewer finds the opinion task in the department's queue and gives its opinion, once
        String tax = Http.token("reviewer.tax");
        var queue = Http.await(gw + "/api/approval/department/cases?status=QUEUED", tax,
                r -> r.status() == 200 && find(r.json(), caseId) != null, WAIT);
        assertThat(find(queue.json(), caseId).get("part").asText()).isEqualTo("JOINT_OPINION");
        var taxOpinion = Http.post(joint + "/joint-opinion", tax, Map.of("opinion", "AGREE", "reasons", "纳税人信息确认无误"));
        assertThat(taxOpinion.status()).as(taxOpinion.body()).isEqualTo(200);
        var again = Http.post(joint + "/joint-opinion", tax, Map.of("opinion", "AGREE"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("opinion-already-given");
        // the lead is no co-department of its own case
        var leadOpinion = Http.post(joint + "/joint-opinion", lead, Map.of("opinion", "AGREE"));
        assertThat(leadOpinion.status()).as(leadOpinion.body()).isEqualTo(403);

        // still one opinion missing
        var stillEarly = Http.post(cases + "/decision", lead, approve);
        assertThat(stillEarly.status()).as(stillEarly.body()).isEqualTo(409);

        // PSB's own system, with its client credentials
        String psb = Http.clientToken("dept-psb-system", "psb-system-secret");
        var psbOpinion = Http.post(joint + "/joint-opinion", psb, Map.of("opinion", "DISAGREE", "reasons", "消防安全检查合格证明已过期，建议补正后许可"));
        assertThat(psbOpinion.status()).as(psbOpinion.body()).isEqualTo(200);
        assertThat(events(caseId, EventTypes.JOINT_OPINION_RECORDED)).isEqualTo(2);

        // the lead sees every opinion, then decides: one result
        var seen = Http.get(joint + "/joint-review", lead).json();
        assertThat(seen.get("leadMayDecide").asBoolean()).isTrue();
        assertThat(seen.get("pendingDepartments")).isEmpty();
        for (JsonNode o : seen.get("opinions")) {
            assertThat(o.get("state").asText()).as(o.toString()).isEqualTo("GIVEN");
            assertThat(o.get("opinion").asText()).isEqualTo(o.get("departmentCode").asText().equals("TAX") ? "AGREE" : "DISAGREE");
        }
        var decided = Http.post(cases + "/decision", lead, approve);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("APPROVED");
        var twice = Http.post(cases + "/decision", lead, approve);
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(events(caseId, EventTypes.CASE_DECIDED)).isEqualTo(1);
        // a co-department's opinion after the decision is refused too
        var tooLate = Http.post(joint + "/joint-opinion", psb, Map.of("opinion", "AGREE"));
        assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(409);
    }

    static JsonNode find(JsonNode list, String caseId) {
        for (JsonNode c : list) {
            if (caseId.equals(c.path("caseId").asText())) {
                return c;
            }
        }
        return null;
    }

    static java.util.List<String> texts(JsonNode array) {
        var l = new java.util.ArrayList<String>();
        array.forEach(n -> l.add(n.asText()));
        return l;
    }
}
