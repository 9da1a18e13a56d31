package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.platform.hall.HallDirectory;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * 区域通办 on real Kafka and PostgreSQL: a result is handed out at the pickup hall the decision names — only that hall's
 * issuance clerks act on it (403 other-hall, nothing written) or see it in their lists, and its limits warn at that
 * hall's opening. A result placed before halls (no pickup hall) is the home hall's.
 */
@QuarkusTest
class PickupHallTest {
    static final String PICKUP = "{\"receivedBy\":\"申请人本人\",\"identityChecked\":true,\"signature\":\"data:image/png;base64,AAAA\"}";

    @Inject
    HallDirectory halls;

    @BeforeEach
    void theStationIsKnown() {
        // the station opens at 8:30 (a version above any the shared broker's hall topic may hold)
        halls.apply(new HallDefinition("JZ", "九州镇便民服务站", "131025", "大城县", HallDefinition.STATION, LocalTime.of(8, 30),
                LocalTime.of(17, 30), List.of(), List.of(), List.of(), List.of("AMR-0001"), 60, null), 1_000_000);
    }

    /** A decision of Mon 23 Nov 2026 11:00 to be handed out at {@code pickupHall} (null: an event before halls). */
    static String decided(String pickupHall, boolean settledAtWindow) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"TST-HALL","itemName":"测试","departmentCode":"AMR","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"测试许可证","applicantName":"测试","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-23T03:00:00Z","settledAtWindow":%s,"pickupHallCode":%s,
                 "actor":{"userId":"clerk-test","name":"窗口测试员","post":"window-clerk"}}"""
                .formatted(caseId, settledAtWindow, pickupHall == null ? "null" : "\"" + pickupHall + "\""));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static void delegateDeliver() {
        String id = UUID.randomUUID().toString();
        Events.send(Topics.DELEGATION, "DX:TST-HALL", EventTypes.DELEGATION_GRANTED, """
                {"id":"%s","hall":"DX","departmentCode":"AMR","itemCode":"TST-HALL","powers":["RECEIVE","ACCEPT","DELIVER"],
                 "startsAt":"2026-01-01T00:00:00Z","termYears":2,"autoRenew":true,"endedAt":null}""".formatted(id));
        assertThat(Sql.awaitCount("select count(*) from delegation_copy where id = '" + id + "'", 1)).isEqualTo(1);
    }

    static long delivered(String caseId) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.RESULT_DELIVERED + "'");
    }

    @Test
    void theArrivalLimitWarnsAtThePickupHallsOpening() {
        String atStation = decided("JZ", false);
        String atHome = decided(null, false);
        // due by the end of Tue 24 Nov; warned when the pickup hall opens that day: 08:30 at the station, 09:00 at home
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + atStation + "' and pickup_hall_code = 'JZ'"
                + " and arrival_due_at = '2026-11-24T16:00:00Z' and arrival_warn_at = '2026-11-24T00:30:00Z'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + atHome + "' and pickup_hall_code = 'DX'"
                + " and arrival_warn_at = '2026-11-24T01:00:00Z'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "issuer1", roles = "issuance-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void aClerkOfAnotherHallNeitherActsOnTheResultNorSeesIt() {
        delegateDeliver();
        String awaiting = decided("JZ", false);
        given().when().post("/api/issuance/" + awaiting + "/arrival").then().statusCode(403).body("code", equalTo("other-hall"));
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + awaiting
                + "' and status = 'AWAITING_ARRIVAL' and arrived_at is null")).as("nothing written").isEqualTo(1);

        String ready = decided("JZ", true); // settled at the station's window: ready there at once
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/" + ready + "/pickup")
                .then().statusCode(403).body("code", equalTo("other-hall"));
        given().contentType(ContentType.JSON).body("{\"carrier\":\"EMS\",\"waybill\":\"EMS1234567890\"}")
                .when().post("/api/issuance/" + ready + "/mailing").then().statusCode(403).body("code", equalTo("other-hall"));
        assertThat(delivered(ready)).isZero();
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + ready + "' and status = 'READY'"
                + " and delivered_at is null and mailed_at is null")).isEqualTo(1);
        given().when().get("/api/issuance?status=READY").then().statusCode(200).body("caseId", not(hasItem(ready)));
        given().when().get("/api/issuance/notifications?status=PENDING").then().statusCode(200).body("caseId", not(hasItem(ready)));

        // a result placed before halls (no pickup hall recorded) is the home hall's: listed and handed out here
        String old = decided(null, true);
        Sql.execute("update issuance_record set pickup_hall_code = null where case_id = '" + old + "'");
        given().when().get("/api/issuance?status=READY").then().statusCode(200).body("caseId", hasItem(old));
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/" + old + "/pickup")
                .then().statusCode(200).body("status", equalTo("DELIVERED"));

        // a notice of a case with no result here yet (a fee notice), still waiting for the applicant's contact
        // (next_attempt_at 'infinity'): the home hall's clerks see it, and the list reads it
        String waiting = "T-" + UUID.randomUUID();
        Sql.execute("insert into notification (id, case_id, kind, channel, recipient, body, status, attempts, next_attempt_at,"
                + " created_at) values ('" + UUID.randomUUID() + "', '" + waiting + "', 'FEE_NOTICE', 'MAILBOX', 'applicant-"
                + waiting + "', '测试', 'PENDING', 0, 'infinity', '2026-11-23T02:00:00Z')");
        given().when().get("/api/issuance/notifications?status=PENDING").then().statusCode(200).body("caseId", hasItem(waiting));
    }

    @Test
    @TestSecurity(user = "issuer.jz", roles = "issuance-clerk")
    // the realm's name too: the hand-out stays in the shared test database, where later screens show who acted
    @OidcSecurity(claims = {@Claim(key = "hall", value = "JZ"), @Claim(key = "family_name", value = "林"),
            @Claim(key = "given_name", value = "峰")})
    void thePickupHallsClerkRegistersListsAndHandsItOut() {
        delegateDeliver();
        String caseId = decided("JZ", false);
        String old = decided(null, true);
        Sql.execute("update issuance_record set pickup_hall_code = null where case_id = '" + old + "'");
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200).body("status", equalTo("READY"));
        given().when().get("/api/issuance?status=READY").then().statusCode(200)
                .body("caseId", hasItem(caseId)).body("caseId", not(hasItem(old)));
        given().when().get("/api/issuance/notifications?status=PENDING").then().statusCode(200)
                .body("caseId", hasItem(caseId)).body("caseId", not(hasItem(old)));
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/" + old + "/pickup")
                .then().statusCode(403).body("code", equalTo("other-hall"));
        given().contentType(ContentType.JSON).body(PICKUP).when().post("/api/issuance/" + caseId + "/pickup")
                .then().statusCode(200).body("status", equalTo("DELIVERED"));
        assertThat(delivered(caseId)).isEqualTo(1);
        given().when().get("/api/issuance/register?from=2026-01-01&to=2099-12-31").then().statusCode(200)
                .body("caseId", hasItem(caseId));
    }
}
