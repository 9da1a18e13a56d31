package cn.onewindow.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
 * 区域通办 on real Kafka and PostgreSQL: a file taken in at the station (JZ, 8:30–17:30) for the home hall's item (DX)
 * is routed with its three halls, travels by express within 2 working days counted in the station's hours, and is
 * dispatched only by the station with carrier and waybill — each refusal writing nothing.
 */
@QuarkusTest
class ExpressTransferTest {
    @Inject
    HallDirectory halls;

    @BeforeEach
    void theStationIsKnown() {
        // a version above any the shared test broker's hall topic may hold, so the station's hours are these
        halls.apply(new HallDefinition("JZ", "九州镇便民服务站", "131025", "大城县", HallDefinition.STATION, LocalTime.of(8, 30),
                LocalTime.of(17, 30), List.of(), List.of(), List.of(), List.of("AMR-0001"), 60, null), 1_000_000);
    }

    /** Taken in Mon 23 Nov 2026 17:10 Beijing: after the home hall's closing, within the station's hours. */
    static String takenIn(String taking, String owning, String pickup) {
        String caseId = taking + "-T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"测试事项","catalogueVersion":1,"departmentCode":"AMR",
                 "departmentName":"市场监督管理局","itemType":"PROMISED","statutoryDays":20,"promisedDays":5,"applicantKind":"PERSON",
                 "applicantName":"测试","deliveryMethod":"PICKUP","intakePath":"RECEIVED_ONLY","acceptedAt":"2026-11-23T09:10:00Z",
                 "actor":{"userId":"u-clerk-jz","post":"window-clerk"},"hallCode":"%s","owningHallCode":"%s",
                 "pickupHallCode":"%s"}""".formatted(caseId, taking, owning, pickup));
        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static long pickedUp(String caseId) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.TRANSFER_PICKED_UP + "'");
    }

    @Test
    void aCrossHallFileIsRoutedWithItsHallsAndAnExpressLimitInTheTakingHallsHours() {
        String caseId = takenIn("JZ", "DX", "JZ");
        // 2 working days of the station's office time from Mon 17:10: Wed 17:10 (the home hall's hours would give 17:00)
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId + "' and hall_code = 'JZ'"
                + " and owning_hall_code = 'DX' and pickup_hall_code = 'JZ' and transfer_limit_days = 2"
                + " and transfer_limit_minutes is null and transfer_due_at = '2026-11-25T09:10:00Z'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_ROUTED + "' and payload like '%\"hallCode\":\"JZ\"%' and payload like '%\"owningHallCode\":\"DX\"%'"
                + " and payload like '%\"pickupHallCode\":\"JZ\"%'")).isEqualTo(1);
    }

    @Test
    void anInHallFileOfTheStationCountsItsThirtyMinutesInTheStationsHours() {
        String caseId = takenIn("JZ", "JZ", "JZ");
        // 17:10 + 30 office minutes of a hall closing at 17:30: 20 on Monday, 10 from Tuesday's 08:30 opening
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId + "' and transfer_limit_minutes = 30"
                + " and transfer_limit_days is null and transfer_due_at = '2026-11-24T00:40:00Z'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk.jz", roles = "window-clerk")
    // the name as the realm gives it: the transfer stays in the shared test database, and the department's hand-over
    // desk of a later browser scenario shows who posted it (a user name there reads as a raw code)
    @OidcSecurity(claims = {@Claim(key = "hall", value = "JZ"), @Claim(key = "sub", value = "u-clerk-jz"),
            @Claim(key = "family_name", value = "高"), @Claim(key = "given_name", value = "燕")})
    void theStationsClerkPostsTheFileWithCarrierAndWaybillAndNotWithout() {
        String caseId = takenIn("JZ", "DX", "JZ");
        given().when().get("/api/transfers?state=TO_CARRY").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.express", equalTo(true))
                .body("find { it.caseId == '" + caseId + "' }.limitDays", equalTo(2));

        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\"]}")
                .when().post("/api/transfers/" + caseId + "/pickup").then().statusCode(422)
                .body("code", equalTo("express-waybill-required"));
        assertThat(pickedUp(caseId)).as("nothing written").isZero();
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId + "' and picked_up_at is null"))
                .isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\"],\"carrier\":\"EMS\",\"waybill\":\"EMS1234567890\"}")
                .when().post("/api/transfers/" + caseId + "/pickup").then().statusCode(200)
                .body("carrier", equalTo("EMS")).body("waybill", equalTo("EMS1234567890"));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.TRANSFER_PICKED_UP + "' and payload like '%\"waybill\":\"EMS1234567890\"%'"
                + " and payload like '%\"carrier\":\"EMS\"%'")).isEqualTo(1);

        // the station's own file stays in the hall: its clerk does not carry it
        String inHall = takenIn("JZ", "JZ", "JZ");
        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\"]}")
                .when().post("/api/transfers/" + inHall + "/pickup").then().statusCode(403).body("code", equalTo("runner-carries"));
    }

    @Test
    @TestSecurity(user = "runner1", roles = "material-runner")
    @OidcSecurity(claims = {@Claim(key = "hall", value = "DX")})
    void theHomeHallsRunnerNeitherPostsTheStationsFileNorPutsAWaybillOnItsOwn() {
        String cross = takenIn("JZ", "DX", "JZ");
        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\"],\"carrier\":\"EMS\",\"waybill\":\"EMS1234567890\"}")
                .when().post("/api/transfers/" + cross + "/pickup").then().statusCode(403).body("code", equalTo("other-hall"));
        assertThat(pickedUp(cross)).isZero();

        String own = takenIn("DX", "DX", "DX");
        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\"],\"carrier\":\"EMS\",\"waybill\":\"EMS1234567890\"}")
                .when().post("/api/transfers/" + own + "/pickup").then().statusCode(422).body("code", equalTo("not-express"));
        assertThat(pickedUp(own)).isZero();
        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\"]}")
                .when().post("/api/transfers/" + own + "/pickup").then().statusCode(200).body("express", equalTo(false));
        assertThat(pickedUp(own)).isEqualTo(1);
    }
}
