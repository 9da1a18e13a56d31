package cn.onewindow.approval;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.approval.service.DeadlineMonitor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * The department clocks with an injected clock, on real PostgreSQL and Kafka: a 5-working-day limit
 * across National Day with a supplement stop lands on the right day, the warning and the overdue
 * flag fire at the right minute (and once), a 1-working-day case is not in warning until its last part,
 * and a 容缺 case whose materials never come is terminated with its written denial within 2 working days.
 */
@QuarkusTest
class DeadlineMonitorTest {
    @Inject
    DeadlineMonitor monitor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aPromisedLimitAcrossAHolidayWithASupplementStopWarnsAndFlagsAtTheRightMinute() {
        TestClock.moveTo(Instant.parse("2026-09-29T02:05:00Z"));
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, "2026-09-29T02:00:00Z", null);
        // 30 Sep (1), National Day 1–7 Oct, 8 (2), 9 (3), Sat 10 Oct make-up (4), Mon 12 Oct (5)
        given().when().get("/api/department/cases/" + caseId).then().statusCode(200)
                .body("deadline", equalTo("2026-10-12T16:00:00Z")).body("clockState", equalTo("NORMAL"));

        TestClock.moveTo(Instant.parse("2026-09-30T03:00:00Z")); // Wed 30 Sep 11:00: the back office asks for more
        given().contentType(ContentType.JSON).body("""
                {"materials":[{"code":"LEASE","name":"房屋租赁合同","problem":"须附租赁合同"}]}""")
                .when().post("/api/department/cases/" + caseId + "/supplement-request").then().statusCode(200)
                .body("clockState", equalTo("STOPPED")).body("deadline", nullValue());
        assertThat(Routed.events(caseId, EventTypes.SUPPLEMENT_REQUESTED)).isEqualTo(1);

        // Fri 9 Oct 15:00: the window reports it supplied; the clock runs again
        TestClock.moveTo(Instant.parse("2026-10-09T07:00:00Z"));
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.DEFERRED_MATERIALS_SUPPLIED,
                "{\"caseId\":\"" + caseId + "\",\"supplied\":[\"LEASE\"],\"complete\":true}");
        // the stop removed 8 and 9 Oct: 12 (3), 13 (4), Wed 14 Oct (5)
        assertThat(Sql.awaitCount("select count(*) from approval_case where case_id = '" + caseId
                + "' and deadline = '2026-10-14T16:00:00Z' and warn_at = '2026-10-14T01:00:00Z'", 1)).isEqualTo(1);
        given().when().get("/api/department/cases/" + caseId + "/clock").then().statusCode(200)
                .body("state", equalTo("NORMAL")).body("stops[0].reason", equalTo("SUPPLEMENT"));

        tickAt("2026-10-14T00:59:00Z", monitor::tick); // Wed 14 Oct 08:59: not yet
        assertThat(Routed.events(caseId, EventTypes.DEADLINE_WARNING)).isZero();
        tickAt("2026-10-14T01:00:00Z", monitor::tick); // 09:00 on the last day, a fifth of the five days left: warned
        assertThat(Routed.events(caseId, EventTypes.DEADLINE_WARNING)).isEqualTo(1);
        tickAt("2026-10-14T05:00:00Z", monitor::tick); // warned once only
        assertThat(Routed.events(caseId, EventTypes.DEADLINE_WARNING)).isEqualTo(1);

        tickAt("2026-10-14T15:59:00Z", monitor::tick); // Wed 14 Oct 23:59: still within the limit
        assertThat(Routed.events(caseId, EventTypes.OVERDUE)).isZero();
        tickAt("2026-10-14T16:00:00Z", monitor::tick);
        assertThat(Routed.events(caseId, EventTypes.OVERDUE)).isEqualTo(1);
        given().when().get("/api/department/cases/" + caseId).then().body("clockState", equalTo("OVERDUE"));
        tickAt("2026-10-15T02:00:00Z", monitor::tick);
        assertThat(Routed.events(caseId, EventTypes.OVERDUE)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aOneWorkingDayCaseIsNotInWarningAtItsStartButInItsLastTwoOfficeHours() {
        // #22 item 6: with a fixed "one working day before" this case was amber in the queue from its first minute
        TestClock.moveTo(Instant.parse("2026-11-23T02:01:00Z")); // Mon 23 Nov 10:01
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 1, "2026-11-23T02:00:00Z", null);
        // due by the end of Tue 24 Nov; a fifth of the day is 96 minutes, so the floor decides: from 15:00
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + caseId
                + "' and deadline = '2026-11-24T16:00:00Z' and warn_at = '2026-11-24T07:00:00Z'")).isEqualTo(1);
        given().when().get("/api/department/cases?status=QUEUED").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.clockState", equalTo("NORMAL"));
        tickAt("2026-11-23T02:01:30Z", monitor::tick);
        assertThat(Routed.events(caseId, EventTypes.DEADLINE_WARNING)).as("not warned on arrival").isZero();

        tickAt("2026-11-24T06:59:00Z", monitor::tick); // Tue 14:59
        assertThat(Routed.events(caseId, EventTypes.DEADLINE_WARNING)).isZero();
        given().when().get("/api/department/cases/" + caseId).then().body("clockState", equalTo("NORMAL"));
        tickAt("2026-11-24T07:00:00Z", monitor::tick); // Tue 15:00: its last two office hours, it needs attention now
        assertThat(Routed.events(caseId, EventTypes.DEADLINE_WARNING)).isEqualTo(1);
        given().when().get("/api/department/cases?status=QUEUED").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.clockState", equalTo("WARNING"));
    }

    @Test
    void aDeferredCaseWhoseMaterialsNeverComeIsTerminatedWithItsDenialWithinTwoWorkingDays() {
        TestClock.moveTo(Instant.parse("2026-11-23T02:05:00Z"));
        // 容缺: owed by the end of Tue 24 Nov
        String neverSupplied = Routed.send("AMR", "ACCEPTED_WITH_DEFERRED_MATERIALS", 5, "2026-11-23T02:00:00Z",
                "2026-11-24T16:00:00Z");
        String supplied = Routed.send("AMR", "ACCEPTED_WITH_DEFERRED_MATERIALS", 5, "2026-11-23T02:00:00Z",
                "2026-11-24T16:00:00Z");
        Events.send(Topics.INTAKE_CASE, supplied, EventTypes.DEFERRED_MATERIALS_SUPPLIED,
                "{\"caseId\":\"" + supplied + "\",\"supplied\":[\"ADDR\"],\"complete\":true}");
        assertThat(Sql.awaitCount("select count(*) from approval_case where case_id = '" + supplied
                + "' and deferral_settled", 1)).isEqualTo(1);

        tickAt("2026-11-24T15:59:00Z", monitor::tick);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + neverSupplied + "' and status = 'QUEUED'"))
                .isEqualTo(1);
        tickAt("2026-11-24T16:00:00Z", monitor::tick);
        // terminated at once; the written denial is due within 2 working days (end of Thu 26 Nov) and was issued now
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + neverSupplied
                + "' and status = 'TERMINATED' and result_kind = 'DENIAL_LETTER' and denial_due_at = '2026-11-26T16:00:00Z'"
                + " and decided_at <= denial_due_at and remedies like '%行政复议%' and reasons like '%原件经综合窗口退还%'")).isEqualTo(1);
        assertThat(Routed.events(neverSupplied, EventTypes.CASE_DECIDED)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + supplied + "' and status = 'QUEUED'"))
                .as("supplied in time: not terminated").isEqualTo(1);
        tickAt("2026-11-25T02:00:00Z", monitor::tick);
        assertThat(Routed.events(neverSupplied, EventTypes.CASE_DECIDED)).as("terminated once").isEqualTo(1);
    }

    @Test
    void theTwentyMinuteAcceptanceWhileTheApplicantWaitsIsFlaggedAtTheMinute() {
        TestClock.moveTo(Instant.parse("2026-11-23T02:00:00Z"));
        String caseId = Routed.send("AMR", "BACK_OFFICE_ACCEPTANCE_WHILE_WAITING", 0, "2026-11-23T02:00:00Z", null);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + caseId
                + "' and status = 'AWAITING_ACCEPTANCE' and clock_kind = 'ACCEPTANCE_MINUTES' and deadline = '2026-11-23T02:20:00Z'"
                + " and warn_at = '2026-11-23T02:15:00Z'")).isEqualTo(1);
        tickAt("2026-11-23T02:15:00Z", monitor::tick);
        assertThat(Routed.events(caseId, EventTypes.DEADLINE_WARNING)).isEqualTo(1);
        tickAt("2026-11-23T02:19:30Z", monitor::tick);
        assertThat(Routed.events(caseId, EventTypes.OVERDUE)).isZero();
        tickAt("2026-11-23T02:20:00Z", monitor::tick);
        assertThat(Routed.events(caseId, EventTypes.OVERDUE)).isEqualTo(1);
    }
}
