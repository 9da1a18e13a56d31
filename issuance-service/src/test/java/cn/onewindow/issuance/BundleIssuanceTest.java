package cn.onewindow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A bundle is issued once, when all its parts are ready: parts wait for routing's join, and a join
 * that overtakes the last decision (different topics) still waits for it.
 */
@QuarkusTest
class BundleIssuanceTest {
    static void decided(String caseId, String department, String bundle) {
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"%s-0001","itemName":"测试","departmentCode":"%s","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"许可证","applicantName":"测试","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-23T03:00:00Z","bundle":%s}""".formatted(caseId, department, department, bundle));
    }

    /** Released for issuance (no longer waiting for the rest of the bundle). */
    static long ready(String bundleId) {
        return Sql.count("select count(*) from issuance_record where bundle_id = '" + bundleId + "' and status = 'AWAITING_ARRIVAL'");
    }

    @Test
    void thePartsWaitForTheJoinAndForEachOther() {
        String bundleId = "DX-B-" + UUID.randomUUID();
        String bundle = "{\"bundleId\":\"" + bundleId + "\",\"size\":3}";
        decided(bundleId + "-1", "AMR", bundle);
        decided(bundleId + "-2", "TAX", bundle);
        assertThat(Sql.awaitCount("select count(*) from issuance_record where bundle_id = '" + bundleId
                + "' and status = 'WAITING_FOR_BUNDLE'", 2)).isEqualTo(2);
        // the join overtakes the third decision
        Events.send(Topics.ROUTING_CASE, bundleId, EventTypes.BUNDLE_JOINED,
                "{\"bundleId\":\"" + bundleId + "\",\"size\":3,\"joinedAt\":\"2026-11-23T04:00:00Z\"}");
        assertThat(Sql.awaitCount("select count(*) from bundle_joined where bundle_id = '" + bundleId + "'", 1)).isEqualTo(1);
        assertThat(ready(bundleId)).isZero();

        decided(bundleId + "-3", "PSB", bundle);
        // released together: each now awaits its result at the issuance window
        assertThat(Sql.awaitCount("select count(*) from issuance_record where bundle_id = '" + bundleId
                + "' and status = 'AWAITING_ARRIVAL' and arrival_due_at is not null", 3)).isEqualTo(3);
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aBundleIsHandedOutOnceWhenAllItsResultsAreAtTheWindow() {
        String bundleId = "DX-B-" + UUID.randomUUID();
        String bundle = "{\"bundleId\":\"" + bundleId + "\",\"size\":2}";
        DecisionIssuanceTest.delegate("TSB-0001", "\"RECEIVE\",\"ACCEPT\",\"DELIVER\"", null);
        for (String part : new String[] {"-1", "-2"}) {
            Events.send(Topics.APPROVAL_CASE, bundleId + part, EventTypes.CASE_DECIDED, """
                    {"caseId":"%s","itemCode":"TSB-0001","itemName":"测试","departmentCode":"AMR","outcome":"APPROVED",
                     "resultKind":"LICENCE","resultTitle":"许可证","applicantName":"测试","deliveryMethod":"PICKUP",
                     "decidedAt":"2026-11-23T03:00:00Z","bundle":%s}""".formatted(bundleId + part, bundle));
        }
        Events.send(Topics.ROUTING_CASE, bundleId, EventTypes.BUNDLE_JOINED,
                "{\"bundleId\":\"" + bundleId + "\",\"size\":2,\"joinedAt\":\"2026-11-23T04:00:00Z\"}");
        assertThat(Sql.awaitCount("select count(*) from issuance_record where bundle_id = '" + bundleId
                + "' and status = 'AWAITING_ARRIVAL'", 2)).isEqualTo(2);
        io.restassured.RestAssured.given().when().post("/api/issuance/" + bundleId + "-1/arrival").then().statusCode(200);
        String pickup = "{\"receivedBy\":\"申请人本人\",\"identityChecked\":true,\"signature\":\"s\"}";
        io.restassured.RestAssured.given().contentType("application/json").body(pickup)
                .when().post("/api/issuance/" + bundleId + "-1/pickup").then().statusCode(409)
                .body("code", org.hamcrest.Matchers.equalTo("bundle-not-complete"));
        io.restassured.RestAssured.given().when().post("/api/issuance/" + bundleId + "-2/arrival").then().statusCode(200);
        io.restassured.RestAssured.given().contentType("application/json").body(pickup)
                .when().post("/api/issuance/" + bundleId + "-1/pickup").then().statusCode(200);
        assertThat(Sql.count("select count(*) from issuance_record where bundle_id = '" + bundleId + "' and status = 'DELIVERED'"))
                .as("both handed out in one act").isEqualTo(2);
    }
}
