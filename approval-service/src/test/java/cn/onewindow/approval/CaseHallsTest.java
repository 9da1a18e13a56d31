package cn.onewindow.approval;

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
 * 区域通办 on real Kafka and PostgreSQL: approval keeps a routed case's three halls, counts its acceptance minutes in the
 * OWNING hall's hours, and names the pickup hall on its decision; a case routed before halls is the home hall's.
 */
@QuarkusTest
class CaseHallsTest {
    /** Mon 23 Nov 2026 17:10 Beijing: after the home hall's 17:00 closing, before the other hall's 17:30. */
    static final String MON_1710 = "2026-11-23T09:10:00Z";

    @Inject
    HallDirectory halls;

    @BeforeEach
    void anotherHallIsKnown() {
        // a hall of the network opening 8:30–17:30 (a version above any the shared broker's hall topic may hold)
        halls.apply(new HallDefinition("TSTB", "测试政务服务中心", "131022", "固安县", HallDefinition.HALL, LocalTime.of(8, 30),
                LocalTime.of(17, 30), List.of(), List.of(), List.of("AMR"), List.of(), 60, null), 1_000_000);
    }

    static String routed(String intakePath, String halls) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.ROUTING_CASE, caseId, EventTypes.CASE_ROUTED, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"测试事项","departmentCode":"AMR","queue":"AMR/back-office",
                 "itemType":"PROMISED","promisedDays":5,"applicantName":"测试申请人","deliveryMethod":"PICKUP",
                 "acceptedAt":"%s","routedAt":"%s","intakePath":"%s",%s
                 "actor":{"userId":"system:routing-service","post":"system"}}""".formatted(caseId, MON_1710, MON_1710, intakePath,
                halls));
        assertThat(Sql.awaitCount("select count(*) from approval_case where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    @Test
    void theAcceptanceMinutesRunInTheOwningHallsHours() {
        String owned = routed("BACK_OFFICE_ACCEPTANCE_WHILE_WAITING",
                "\"hallCode\":\"JZ\",\"owningHallCode\":\"TSTB\",\"pickupHallCode\":\"JZ\",");
        // 20 office minutes from 17:10 in a hall closing at 17:30: 17:30 the same day
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + owned + "' and hall_code = 'JZ'"
                + " and owning_hall_code = 'TSTB' and pickup_hall_code = 'JZ' and clock_kind = 'ACCEPTANCE_MINUTES'"
                + " and deadline = '2026-11-23T09:30:00Z'")).isEqualTo(1);

        // routed before halls: the home hall in all three roles, its 9–17 hours — Tuesday 09:20
        String before = routed("BACK_OFFICE_ACCEPTANCE_WHILE_WAITING", "");
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + before + "' and hall_code = 'DX'"
                + " and owning_hall_code = 'DX' and pickup_hall_code = 'DX' and deadline = '2026-11-24T01:20:00Z'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "hall", value = "DX")})
    void theDecisionNamesTheHallWhereTheResultIsCollected() {
        // taken in at the station for the home hall's item; no pickup hall named: the taking hall's
        String caseId = routed("ACCEPTED_ON_SPOT", "\"hallCode\":\"JZ\",\"owningHallCode\":\"DX\",");
        given().when().get("/api/department/cases/" + caseId).then().statusCode(200)
                .body("owningHallCode", equalTo("DX")).body("pickupHallCode", equalTo("JZ"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"营业执照\"}")
                .when().post("/api/department/cases/" + caseId + "/decision").then().statusCode(200);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_DECIDED + "' and payload like '%\"pickupHallCode\":\"JZ\"%'")).isEqualTo(1);
    }
}
