package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls without a token, with a token of the wrong post, a tampered token, or another department's
 * token are refused with problem JSON, and change nothing.
 */
class AuthorityIT {
    /** A complete TAX-0002 take-in, its review points confirmed (read from the catalogue once the suite runs). */
    static Map<String, Object> CASE;

    @BeforeAll
    static void suite() {
        Suite.start();
        CASE = Map.of("itemCode", "TAX-0002",
                "applicant", Map.of("kind", "PERSON", "name", "刘芳", "idNumber", "11010519491231002X"),
                "materials", java.util.List.of(Map.of("code", "APP", "status", "PROVIDED"), Map.of("code", "ID", "status", "ORIGINAL_VERIFIED")),
                "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(Suite.gateway() + "/api/intake", Http.token("clerk1"), "TAX-0002"));
    }

    @Test
    void intakeWithoutATokenOrByTheWrongPostIsRefusedAndWritesNothing() {
        // an applicant of this run only: the running suite writes cases and events of its own (earlier tests' consequences)
        String name = "刘" + (char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5) + (char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5);
        @SuppressWarnings("unchecked")
        var applicant = new java.util.HashMap<>((Map<String, Object>) CASE.get("applicant"));
        applicant.put("name", name);
        var request = new java.util.HashMap<>(CASE);
        request.put("applicant", applicant);
        long cases = Db.count("intake", "select count(*) from intake_case where applicant_name = ?", name);
        long outbox = Db.count("intake", "select count(*) from outbox_event where payload like ?", "%" + name + "%");
        long counters = Db.count("intake", "select coalesce(sum(last_value), 0) from case_number_counter");

        for (String base : new String[] {Suite.gateway() + "/api/intake", Suite.service("intake-service") + "/api"}) {
            var anonymous = Http.post(base + "/cases", null, request);
            assertThat(anonymous.status()).isEqualTo(401);
            var reviewer = Http.post(base + "/cases", Http.token("reviewer.tax"), request);
            assertThat(reviewer.status()).isEqualTo(403);
            assertThat(reviewer.json().get("code").asText()).isEqualTo("forbidden");
            assertThat(reviewer.json().get("detailZh").asText()).contains("无权");
            var issuer = Http.post(base + "/cases", Http.token("issuer1"), request);
            assertThat(issuer.status()).isEqualTo(403);
            String t = Http.token("clerk1");
            var tampered = Http.post(base + "/cases", t.substring(0, t.length() - 4) + "AAAA", request);
            assertThat(tampered.status()).isEqualTo(401);
        }
        var direct = Http.post(Suite.service("intake-service") + "/api/cases", null, request);
        assertThat(direct.json().get("type").asText()).startsWith("https://onewindow.cn/problems/");

        assertThat(Db.count("intake", "select count(*) from intake_case where applicant_name = ?", name)).isEqualTo(cases);
        assertThat(Db.count("intake", "select count(*) from outbox_event where payload like ?", "%" + name + "%")).isEqualTo(outbox);
        assertThat(Db.count("intake", "select coalesce(sum(last_value), 0) from case_number_counter")).isEqualTo(counters);
    }

    @Test
    void aDepartmentCanNeitherReadNorDecideAnotherDepartmentsCase() {
        var accepted = Http.post(Suite.gateway() + "/api/intake/cases", Http.token("clerk1"), CASE);
        assertThat(accepted.status()).isEqualTo(201);
        String caseId = Window.caseId(accepted);
        String approval = Suite.gateway() + "/api/approval/department/cases/";
        Http.await(approval + caseId, Http.token("reviewer.tax"), r -> r.status() == 200, Duration.ofSeconds(30));

        String amrReviewer = Http.token("reviewer.amr");
        String amrSystem = Http.clientToken("dept-amr-system", "amr-system-secret");
        for (String other : new String[] {amrReviewer, amrSystem}) {
            // another department's case is answered as one that does not exist (#20, item 10)
            assertThat(Http.get(approval + caseId, other).status()).isEqualTo(404);
            var decide = Http.post(approval + caseId + "/decision", other, Map.of("outcome", "APPROVED",
                    "resultKind", "CERTIFICATE", "resultTitle", "x"));
            assertThat(decide.status()).isEqualTo(404);
            assertThat(decide.json().get("code").asText()).isEqualTo("not-found");
            var queue = Http.get(Suite.gateway() + "/api/approval/department/cases", other);
            assertThat(queue.status()).isEqualTo(200);
            queue.json().forEach(c -> assertThat(c.get("departmentCode").asText()).isEqualTo("AMR"));
        }
        // the window clerk's post may not decide at all
        assertThat(Http.post(approval + caseId + "/decision", Http.token("clerk1"), Map.of("outcome", "APPROVED")).status())
                .isEqualTo(403);
        assertThat(Db.one("approval", "select status, decided_at from approval_case where case_id = ?", caseId))
                .containsEntry("status", "QUEUED").containsEntry("decided_at", null);
        assertThat(Db.count("approval", "select count(*) from outbox_event where aggregate_id = ? and event_type like '%decided%'", caseId))
                .isZero();

        // its own department's system may decide it
        var own = Http.post(approval + caseId + "/decision", Http.clientToken("dept-tax-system", "tax-system-secret"),
                Map.of("outcome", "DENIED", "reasons", "申请材料不符合法定形式"));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("status").asText()).isEqualTo("DENIED");
    }

    @Test
    void aRatingTokenWorksOnlyForItsOwnCase() {
        var bad = Http.post(Suite.gateway() + "/api/evaluation/ratings", null, Map.of("caseId", "DX-20261123-999999",
                "stage", "FRONT_DESK", "level", 5, "channel", "WEB", "token", "forged-token-forged-token"));
        assertThat(bad.status()).isEqualTo(403);
        assertThat(bad.json().get("code").asText()).isEqualTo("invalid-rating-token");
    }
}
