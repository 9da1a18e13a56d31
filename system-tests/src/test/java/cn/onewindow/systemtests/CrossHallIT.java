package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.vocabulary.IdentityNumbers;

/**
 * 区域通办 (#24, must show), on the real servers: a file taken in at the station (JZ, 九州镇便民服务站) for the home hall's
 * item (DX) — received only, its case number the station's; the station's clerk posts the paper by express with its
 * waybill; the home hall's AMR department accepts and approves it; the result is handed out at the station, where the
 * applicant chose, and the home hall's issuance clerk may not hand it out. Bad input: an item not on the station's 通办
 * list, a pickup hall that is neither the taking nor the owning hall — each 422, nothing written.
 */
class CrossHallIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    /** An organisation of its own (a valid credit code no other test uses). */
    static String company() {
        String first17 = "91131000" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    /**
     * A take-in at the clerk's hall with the item's complete checklist — of its first situation (情形) when the item has
     * situations, answered as that situation says — every review point confirmed, and the pickup hall chosen.
     */
    static Http.Reply takeIn(String gw, String clerk, String item, String company, String pickupHall) {
        String base = gw + "/api/intake";
        JsonNode definition = Http.get(base + "/catalogue/items/" + item, clerk).json().get("inForce").get("definition");
        var materials = Window.completeChecklist(base, clerk, item);
        Map<String, Object> body = new HashMap<>(Map.of("itemCode", item,
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊九州通办测试有限公司", "idNumber", company),
                "deliveryMethod", "PICKUP", "reviewPoints", Window.confirmedReviewPoints(base, clerk, item)));
        JsonNode situation = definition.path("situations").path(0);
        if (!situation.isMissingNode()) {
            Set<String> asked = new HashSet<>();
            situation.get("materials").forEach(m -> asked.add(m.asText()));
            materials = materials.stream().filter(m -> asked.contains(m.get("code"))).toList();
            body.put("situationCode", situation.get("code").asText());
        }
        body.put("materials", materials);
        if (pickupHall != null) {
            body.put("pickupHallCode", pickupHall);
        }
        return Http.post(base + "/cases", clerk, body);
    }

    static long casesOf(String company) {
        return Db.count("intake", "select count(*) from intake_case where applicant_id = ?", company);
    }

    @Test
    void aFileTakenInAtTheStationIsDecidedByTheHomeHallAndHandedOutAtTheStation() {
        String gw = Suite.gateway();
        String clerkJz = Http.token("clerk.jz");
        JsonNode station = Http.await(gw + "/api/intake/halls/JZ", clerkJz, r -> r.status() == 200, WAIT).json();
        List<String> receives = new ArrayList<>();
        station.path("hall").path("receives").forEach(i -> receives.add(i.asText()));
        // the station's 通办 list: the business licence (AMR-0001) of the home hall; an AMR item not on it is refused
        String item = receives.contains("AMR-0001") ? "AMR-0001"
                : receives.stream().filter(i -> i.startsWith("AMR-")).findFirst().orElseThrow();
        String notListed = List.of("AMR-0002", "AMR-0003", "TAX-0001", "PSB-0001").stream()
                .filter(i -> !receives.contains(i)).findFirst().orElseThrow();
        String company = company();

        // bad input first: nothing is written for either
        var notCrossRegion = takeIn(gw, clerkJz, notListed, company, null);
        assertThat(notCrossRegion.status()).as(notCrossRegion.body()).isEqualTo(422);
        assertThat(notCrossRegion.json().get("code").asText()).isEqualTo("not-cross-region-item");
        var unknownPickup = takeIn(gw, clerkJz, item, company, "ZZ");
        assertThat(unknownPickup.status()).as(unknownPickup.body()).isEqualTo(422);
        assertThat(unknownPickup.json().get("code").asText()).isEqualTo("pickup-hall-not-allowed");
        assertThat(casesOf(company)).as("nothing taken in").isZero();

        // the station takes the file in for the home hall, the result to be collected at the station
        var taken = takeIn(gw, clerkJz, item, company, "JZ");
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String caseId = Window.caseId(taken);
        assertThat(caseId).startsWith("JZ-");
        assertThat(casesOf(company)).isEqualTo(1);

        // routed with its halls; the paper travels by express within working days, not the runner's minutes
        assertThat(Db.awaitCount(1, "routing", "select count(*) from routing_assignment where case_id = ? and hall_code = 'JZ'"
                + " and owning_hall_code = 'DX' and pickup_hall_code = 'JZ' and transfer_limit_days is not null", caseId))
                .isEqualTo(1);
        String pickup = gw + "/api/routing/transfers/" + caseId + "/pickup";
        var noWaybill = Http.post(pickup, clerkJz, Map.of("materials", List.of("APP")));
        assertThat(noWaybill.status()).as(noWaybill.body()).isEqualTo(422);
        assertThat(noWaybill.json().get("code").asText()).isEqualTo("express-waybill-required");
        var homeRunner = Http.post(pickup, Http.token("runner1"),
                Map.of("materials", List.of("APP"), "carrier", "EMS", "waybill", "EMS1234567890"));
        assertThat(homeRunner.status()).as(homeRunner.body()).isEqualTo(403);
        assertThat(homeRunner.json().get("code").asText()).isEqualTo("other-hall");
        assertThat(Db.count("routing", "select count(*) from routing_assignment where case_id = ? and picked_up_at is null",
                caseId)).as("neither refusal wrote anything").isEqualTo(1);
        var posted = Http.post(pickup, clerkJz, Map.of("materials", List.of("APP"), "carrier", "EMS", "waybill", "EMS1234567890"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.json().get("express").asBoolean()).isTrue();
        assertThat(posted.json().get("waybill").asText()).isEqualTo("EMS1234567890");

        // a 通办 take-in is received only: the home hall's AMR department accepts, then approves
        String reviewer = Http.token("reviewer.amr");
        String caseUrl = gw + "/api/approval/department/cases/" + caseId;
        JsonNode queued = Http.await(caseUrl, reviewer, r -> r.status() == 200, WAIT).json();
        assertThat(queued.get("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(queued.get("intakePath").asText()).isEqualTo("RECEIVED_ONLY");
        assertThat(queued.get("owningHallCode").asText()).isEqualTo("DX");
        assertThat(queued.get("pickupHallCode").asText()).isEqualTo("JZ");
        var accepted = Http.post(caseUrl + "/acceptance", reviewer, Map.of("decision", "ACCEPT"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        var decided = Http.post(caseUrl + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        // the result goes to the station's issuance window
        String issuerJz = Http.token("issuer.jz");
        String issuerDx = Http.token("issuer1");
        String record = gw + "/api/issuance/issuance/" + caseId;
        Http.await(record, issuerJz, r -> r.status() == 200, WAIT);
        assertThat(Db.count("issuance", "select count(*) from issuance_record where case_id = ? and pickup_hall_code = 'JZ'",
                caseId)).isEqualTo(1);
        var arrived = Http.post(record + "/arrival", reviewer, Map.of());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(ids(Http.get(gw + "/api/issuance/issuance?status=READY", issuerJz).json())).contains(caseId);
        assertThat(ids(Http.get(gw + "/api/issuance/issuance?status=READY", issuerDx).json())).doesNotContain(caseId);

        Map<String, Object> handOut = Map.of("receivedBy", "高经理", "identityChecked", true, "signature", "data:image/png;base64,AAAA");
        var notHere = Http.post(record + "/pickup", issuerDx, handOut);
        assertThat(notHere.status()).as(notHere.body()).isEqualTo(403);
        assertThat(notHere.json().get("code").asText()).isEqualTo("other-hall");
        assertThat(Db.count("issuance", "select count(*) from issuance_record where case_id = ? and status = 'READY'", caseId))
                .as("nothing written").isEqualTo(1);
        var handedOut = Http.post(record + "/pickup", issuerJz, handOut);
        assertThat(handedOut.status()).as(handedOut.body()).isEqualTo(200);
        assertThat(handedOut.json().get("status").asText()).isEqualTo("DELIVERED");
        assertThat(handedOut.json().get("pickupHallCode").asText()).isEqualTo("JZ");
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(r -> ids.add(r.get("caseId").asText()));
        return ids;
    }
}
