package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.EventTypes;

/**
 * 上报件 (#24, must show), on the real servers: the demo's FORWARDED item AMR-0032 (工业产品生产许可证, first instance 10
 * working days at AMR, then 河北省市场监督管理局 20) is taken in at the window; AMR cannot decide it, gives its
 * first-instance opinion and forwards it; the higher authority's system (client dept-hbamr-system) knew nothing of the
 * case before, now finds it in its feed, reads its clock — both parts — and decides it through the department API.
 */
class ForwardedItemIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void theDepartmentForwardsAndTheAuthorityDecidesWithBothClockParts() {
        String gw = Suite.gateway();
        String clerk = Http.token("clerk1");
        var taken = Window.takeIn(gw + "/api/intake", clerk, "AMR-0032", "ORGANISATION", "廊坊临空上报件机械有限公司",
                JointReviewIT.company());
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String caseId = Window.caseId(taken);

        String amr = Http.token("reviewer.amr");
        String authority = Http.clientToken("dept-hbamr-system", "hbamr-system-secret");
        String cases = gw + "/api/approval/department/cases/" + caseId;
        var arrived = Http.await(cases, amr, r -> r.status() == 200, WAIT);
        assertThat(arrived.json().get("part").asText()).isEqualTo("FIRST_INSTANCE");
        // the authority knows nothing of it before the forwarding
        assertThat(Http.get(cases, authority).status()).isEqualTo(404);

        Map<String, Object> approve = Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "全国工业产品生产许可证");
        var own = Http.post(cases + "/decision", amr, approve);
        assertThat(own.status()).as(own.body()).isEqualTo(409);
        assertThat(own.json().get("code").asText()).isEqualTo("forwarding-required");

        var forwarded = Http.post(gw + "/api/approval/cases/" + caseId + "/forwarding", amr,
                Map.of("opinion", "AGREE", "reasons", "经现场核查，生产条件和检验能力符合要求，同意上报"));
        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(200);
        JsonNode f = forwarded.json().get("forwarding");
        assertThat(f.get("authorityCode").asText()).isEqualTo("HBAMR");
        assertThat(f.get("authorityName").asText()).isEqualTo("河北省市场监督管理局");
        assertThat(f.get("firstInstanceOnTime").asBoolean()).isTrue();
        assertThat(Db.count("approval", "select count(*) from outbox_event where aggregate_id = ? and event_type = ?",
                caseId, EventTypes.CASE_FORWARDED)).isEqualTo(1);

        // the authority's system finds it in its feed, as its part
        JsonNode entry = inFeed(gw, authority, caseId);
        assertThat(entry.get("part").asText()).isEqualTo("AUTHORITY_DECISION");
        // its clock shows both parts: the first instance done in time, the authority's own limit running
        var clock = Http.get(cases + "/clock", authority);
        assertThat(clock.status()).as(clock.body()).isEqualTo(200);
        JsonNode parts = clock.json().get("parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).get("part").asText()).isEqualTo("FIRST_INSTANCE");
        assertThat(parts.get(0).get("limitDays").asInt()).isEqualTo(10);
        assertThat(parts.get(0).get("state").asText()).isEqualTo("ON_TIME");
        assertThat(parts.get(1).get("part").asText()).isEqualTo("AUTHORITY_DECISION");
        assertThat(parts.get(1).get("limitDays").asInt()).isEqualTo(20);
        assertThat(parts.get(1).get("due").asText()).isEqualTo(f.get("authorityDueAt").asText());
        assertThat(parts.get(1).get("state").asText()).isEqualTo("RUNNING");

        // AMR may no longer decide; the authority decides through the department API
        var stillOwn = Http.post(cases + "/decision", amr, approve);
        assertThat(stillOwn.status()).as(stillOwn.body()).isEqualTo(409);
        assertThat(stillOwn.json().get("code").asText()).isEqualTo("forwarded-to-authority");
        var decided = Http.post(cases + "/decision", authority, approve);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.json().get("departmentName").asText()).isEqualTo("河北省市场监督管理局"); // the deciding authority
        assertThat(Db.count("approval", "select count(*) from outbox_event where aggregate_id = ? and event_type = ? "
                + "and payload::jsonb -> 'actor' ->> 'department' = 'HBAMR'", caseId, EventTypes.CASE_DECIDED)).isEqualTo(1);
        var after = Http.get(cases + "/clock", authority).json().get("parts");
        assertThat(after.get(1).get("state").asText()).isEqualTo("ON_TIME");
        // and the applicant's window follows it as any decided case
        assertThat(Http.await(gw + "/api/intake/cases/" + caseId, clerk, r -> r.status() == 200, WAIT).status()).isEqualTo(200);
    }

    /** Reads the authority's feed from the start (it holds forwarded cases only) until the case shows. */
    static JsonNode inFeed(String gw, String token, String caseId) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            long cursor = 0;
            while (true) {
                var page = Http.get(gw + "/api/approval/department/cases/feed?after=" + cursor + "&limit=500", token);
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                JsonNode found = JointReviewIT.find(page.json().get("cases"), caseId);
                if (found != null) {
                    return found;
                }
                if (page.json().get("cases").isEmpty()) {
                    break;
                }
                cursor = page.json().get("nextCursor").asLong();
            }
            Http.sleep(300);
        }
        throw new AssertionError("case " + caseId + " never showed in the authority's feed");
    }
}
