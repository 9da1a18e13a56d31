package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keycloak's tokens carry the delegations in force: after a delegation is ended, a token issued
 * afterwards lacks it (within 5 minutes; measured here) and intake is refused with a clear error,
 * writing nothing. Granting it again brings it back.
 */
class DelegationClaimIT {
    static final String ITEM = "AMR-0007"; // 小餐饮经营备案, used by no other test

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    static boolean claimHas(String token, String item) {
        JsonNode d = Http.claims(token).path("delegations");
        for (JsonNode v : d) {
            if (v.asText().startsWith(item + ":")) {
                return true;
            }
        }
        return d.isTextual() && d.asText().startsWith(item + ":");
    }

    static long awaitClaim(boolean present) {
        long t0 = System.nanoTime();
        long end = t0 + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < end) {
            if (claimHas(Http.freshToken("clerk1"), ITEM) == present) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Http.sleep(500);
        }
        throw new AssertionError("the token's delegations claim did not " + (present ? "gain " : "lose ") + ITEM + " within 5 minutes");
    }

    @Test
    void anEndedDelegationLeavesNewTokensAndIntakeRefusesIt() {
        String gw = Suite.gateway() + "/api/intake";
        String admin = Http.token("admin1");
        awaitClaim(true); // the demo delegation reached Keycloak

        JsonNode active = null;
        for (JsonNode d : Http.get(gw + "/delegations?item=" + ITEM, admin).json()) {
            if (d.get("endedAt").isNull()) {
                active = d;
            }
        }
        assertThat(active).as("a delegation in force for " + ITEM).isNotNull();
        var ended = Http.post(gw + "/delegations/" + active.get("id").asText() + "/termination", admin,
                Map.of("reason", "市场监管局收回委托"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        long lostAfterMs = awaitClaim(false);

        long cases = Db.count("intake", "select count(*) from intake_case");
        String clerk = Http.freshToken("clerk1");
        assertThat(claimHas(clerk, ITEM)).isFalse();
        var refused = Window.takeIn(gw, clerk, ITEM, "PERSON", "李小餐", "11010519491231002X");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("not-delegated");
        assertThat(refused.json().get("detailZh").asText()).contains("收件授权");
        assertThat(Db.count("intake", "select count(*) from intake_case")).isEqualTo(cases);

        var granted = Http.post(gw + "/delegations", admin, Map.of("itemCode", ITEM,
                "powers", List.of("RECEIVE", "ACCEPT", "NOTIFY_ONCE", "VERIFY_ORIGINALS", "DELIVER")));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        long regainedAfterMs = awaitClaim(true);
        System.out.printf("DELEGATION CLAIM: ended delegation gone from new tokens after %d ms, regrant present after %d ms%n",
                lostAfterMs, regainedAfterMs);
    }
}
