package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A "一件事" submission across three departments through the running suite: one intake, one case per
 * department; the public security item is settled at the window, market regulation and tax decide
 * through their department systems; the results are released to the issuance window only with the
 * third decision, all together.
 */
class BundleFlowIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void threeDepartmentsDecideAndTheBundleIsIssuedOnlyAfterTheThird() {
        String gw = Suite.gateway();
        String clerk = Http.token("clerk1");
        List<String> items = List.of("AMR-0001", "TAX-0002", "PSB-0001");
        Map<String, Map<String, String>> checklist = new LinkedHashMap<>();
        for (String item : items) {
            Window.completeChecklist(gw + "/api/intake", clerk, item).forEach(m -> checklist.put(m.get("code"), m));
        }
        var reply = Http.post(gw + "/api/intake/cases", clerk, Map.of("itemCodes", items,
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊临空一件事测试有限公司", "idNumber", "91350100M000100Y43"),
                "materials", new ArrayList<>(checklist.values()), "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(gw + "/api/intake", clerk, items.toArray(String[]::new))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode outcome = reply.json();
        assertThat(outcome.get("outcome").asText()).isEqualTo("BUNDLE_TAKEN_IN");
        String bundleId = outcome.get("bundleId").asText();
        Map<String, String> caseOf = new LinkedHashMap<>();
        outcome.get("cases").forEach(c -> caseOf.put(c.get("intakeCase").get("departmentCode").asText(),
                c.get("intakeCase").get("caseId").asText()));
        assertThat(caseOf).containsOnlyKeys("AMR", "TAX", "PSB");

        String amr = Http.clientToken("dept-amr-system", "amr-system-secret");
        String tax = Http.clientToken("dept-tax-system", "tax-system-secret");
        String approval = Suite.service("approval-service") + "/api/department/cases/";
        Http.await(approval + caseOf.get("AMR"), amr, r -> r.status() == 200, WAIT);
        Http.await(approval + caseOf.get("TAX"), tax, r -> r.status() == 200, WAIT);
        var d = Http.post(approval + caseOf.get("AMR") + "/decision", amr,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(d.status()).as(d.body()).isEqualTo(200);

        // two of three decided (PSB settled at the window, AMR by its system): nothing is ready yet
        String ids = "'" + String.join("','", caseOf.values()) + "'";
        long waiting = 0;
        long end = System.nanoTime() + WAIT.toNanos();
        while (waiting < 2 && System.nanoTime() < end) {
            Http.sleep(250);
            waiting = Db.count("issuance", "select count(*) from issuance_record where case_id in (" + ids
                    + ") and status = 'WAITING_FOR_BUNDLE'");
        }
        assertThat(waiting).isEqualTo(2);
        assertThat(Db.count("issuance", "select count(*) from issuance_record where case_id in (" + ids
                + ") and status = 'AWAITING_ARRIVAL'")).isZero();

        d = Http.post(approval + caseOf.get("TAX") + "/decision", tax,
                Map.of("outcome", "APPROVED", "resultKind", "APPROVAL_LETTER", "resultTitle", "发票领用核准"));
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        long ready = 0;
        end = System.nanoTime() + WAIT.toNanos();
        while (ready < 3 && System.nanoTime() < end) {
            Http.sleep(250);
            ready = Db.count("issuance", "select count(*) from issuance_record where case_id in (" + ids
                    + ") and status = 'AWAITING_ARRIVAL'");
        }
        assertThat(ready).as("all three ready together after the third decision").isEqualTo(3);
        assertThat(Db.count("routing", "select count(*) from bundle_join where bundle_id = '" + bundleId + "' and size = 3"))
                .isEqualTo(1);
        assertThat(Db.count("approval", "select count(*) from approval_case where case_id = '" + caseOf.get("PSB")
                + "' and status = 'APPROVED' and decided_by_post = 'window-clerk'")).as("settled on the spot by the clerk").isEqualTo(1);
    }
}
