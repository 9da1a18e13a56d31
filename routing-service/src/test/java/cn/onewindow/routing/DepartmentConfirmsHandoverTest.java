package cn.onewindow.routing;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.routing.service.TransferMonitor;
import cn.onewindow.routing.service.TransferService;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;

/**
 * #22 item 13 — the receiving department's hand-over confirmation (交接确认), tested for success and not
 * only for refusal: the department that decides the case confirms the paper file the runner brought
 * (recorded with who and when, announced once, on time or not, no escalation after it); another
 * department is refused and changes nothing; nothing can be confirmed before a runner picked it up.
 */
@QuarkusTest
class DepartmentConfirmsHandoverTest {
    private static final Actor RUNNER = new Actor("u-runner1", "runner1", "跑件员", "material-runner", null, null, null);

    @Inject
    TransferService transfers;
    @Inject
    TransferMonitor monitor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** An AMR promised file taken in at 10:00 (due 10:30), picked up by the runner at 10:05. */
    String pickedUpAmrFile() {
        String caseId = TransfersAndJoinsTest.accepted("PROMISED", "ACCEPTED_ON_SPOT", null);
        TestClock.moveTo(Instant.parse("2026-11-23T02:05:00Z"));
        try {
            VertxContextSupport.subscribeAndAwait(() -> transfers.pickUp(caseId, new TransferService.Dispatch(List.of("APP", "ID"), null, null, null), RUNNER));
        } catch (Throwable e) {
            throw new AssertionError("the runner's pickup failed", e);
        }
        return caseId;
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "sub", value = "u-reviewer-amr"),
            @Claim(key = "family_name", value = "市"), @Claim(key = "given_name", value = "审")})
    void theReceivingDepartmentConfirmsTheFileItsRunnerBrought() {
        String caseId = pickedUpAmrFile();
        given().when().get("/api/transfers?state=IN_TRANSIT").then().statusCode(200).body("caseId", hasItem(caseId));

        TestClock.moveTo(Instant.parse("2026-11-23T02:12:00Z"));
        given().when().post("/api/transfers/" + caseId + "/handover").then().statusCode(200)
                .body("handedOverAt", startsWith("2026-11-23T02:12:0")).body("receivedByName", equalTo("市审"))
                .body("materials", org.hamcrest.Matchers.contains("APP", "ID"));
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId
                + "' and received_by = 'u-reviewer-amr' and handed_over_at between '2026-11-23T02:12:00Z' and '2026-11-23T02:13:00Z'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.TRANSFER_HANDED_OVER + "' and payload::json ->> 'onTime' = 'true'"
                + " and payload::json -> 'actor' ->> 'department' = 'AMR'")).as("announced once, on time").isEqualTo(1);

        // it has left the department's list of files on their way and is in its received ones
        given().when().get("/api/transfers?state=IN_TRANSIT").then().body("caseId", not(hasItem(caseId)));
        given().when().get("/api/transfers?state=HANDED_OVER").then().statusCode(200).body("caseId", hasItem(caseId));
        // confirmed once: a second press is refused, and the monitor no longer watches the file
        given().when().post("/api/transfers/" + caseId + "/handover").then().statusCode(409)
                .body("code", equalTo("already-handed-over"));
        tickAt("2026-11-23T02:40:00Z", monitor::tick);
        assertThat(TransfersAndJoinsTest.events(caseId, EventTypes.ESCALATED)).isZero();
        assertThat(TransfersAndJoinsTest.events(caseId, EventTypes.TRANSFER_HANDED_OVER)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aFileNoRunnerPickedUpCannotBeConfirmed() {
        String caseId = TransfersAndJoinsTest.accepted("PROMISED", "ACCEPTED_ON_SPOT", null);
        given().when().post("/api/transfers/" + caseId + "/handover").then().statusCode(409)
                .body("code", equalTo("not-picked-up")).body("detailZh", notNullValue());
    }

    @Test
    @TestSecurity(user = "reviewer-tax", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void anotherDepartmentCannotConfirmItNorSeeIt() {
        String caseId = pickedUpAmrFile();
        given().when().get("/api/transfers?state=IN_TRANSIT").then().statusCode(200).body("caseId", not(hasItem(caseId)));
        given().when().post("/api/transfers/" + caseId + "/handover").then().statusCode(403)
                .body("code", equalTo("other-department")).body("detail", notNullValue()).body("detailZh", notNullValue());
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId
                + "' and handed_over_at is null and received_by is null")).as("unchanged").isEqualTo(1);
        assertThat(TransfersAndJoinsTest.events(caseId, EventTypes.TRANSFER_HANDED_OVER)).isZero();
    }
}
