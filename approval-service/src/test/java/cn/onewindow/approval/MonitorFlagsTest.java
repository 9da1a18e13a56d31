package cn.onewindow.approval;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.service.DeadlineMonitor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * #22 item 5: the deadline monitor's flags never make a reviewer's act fail. A reviewer's transaction reads
 * the case, the monitor flags it at that moment, the reviewer's save follows — checked against the version
 * read before the flag, as Hibernate checks it at commit. It used to fail (409 {@code concurrent-change});
 * now it goes through, the flag stays (the save does not write the old null back) and is announced once.
 * A reviewer's act that moves the deadline later still re-arms the warning.
 */
@QuarkusTest
class MonitorFlagsTest {
    static final String WARNING = EventTypes.DEADLINE_WARNING;
    static final String OVERDUE = EventTypes.OVERDUE;

    @Inject
    DeadlineMonitor monitor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The case as a reviewer's transaction read it, with the version it had then. */
    static ApprovalCase readByAReviewer(String caseId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> ApprovalCase.<ApprovalCase>findById(caseId)));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** The reviewer's save of what they read and changed: refused if the row's version moved since. */
    static void savedByTheReviewer(ApprovalCase read) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.merge(read))));
        } catch (Throwable e) {
            throw new AssertionError("the reviewer's save failed because the monitor flagged the case meanwhile", e);
        }
    }

    static long rows(String caseId, String condition) {
        return Sql.count("select count(*) from approval_case where case_id = '" + caseId + "' and " + condition);
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aReviewerWhoReadTheCaseBeforeTheMonitorFlaggedItSavesWithoutAConflictAndTheFlagStays() {
        TestClock.moveTo(Instant.parse("2026-11-23T02:01:00Z")); // Mon 23 Nov 10:01
        // 1 working day: warned from Tue 24 Nov 15:00, overdue at its end
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 1, "2026-11-23T02:00:00Z", null);

        ApprovalCase read = readByAReviewer(caseId);
        int version = read.version;
        tickAt("2026-11-24T07:00:00Z", monitor::tick); // the monitor warns between the reviewer's read and save
        assertThat(Routed.events(caseId, WARNING)).isEqualTo(1);
        assertThat(rows(caseId, "version = " + version + " and warned_at between '2026-11-24T07:00:00Z' and '2026-11-24T07:01:00Z'"))
                .as("the flag is set beside the version").isEqualTo(1);

        read.assigneeId = "reviewer-amr";
        read.assigneeName = "审批员";
        read.claimedAt = Instant.parse("2026-11-24T07:00:05Z");
        savedByTheReviewer(read);
        assertThat(rows(caseId, "assignee_id = 'reviewer-amr' and version = " + (version + 1)
                + " and warned_at between '2026-11-24T07:00:00Z' and '2026-11-24T07:01:00Z'"))
                .as("the reviewer's act is saved, and did not undo the flag").isEqualTo(1);
        tickAt("2026-11-24T08:00:00Z", monitor::tick);
        assertThat(Routed.events(caseId, WARNING)).as("warned once").isEqualTo(1);

        // the same at the deadline; then the reviewer decides through the API, at once
        ApprovalCase readAgain = readByAReviewer(caseId);
        tickAt("2026-11-24T16:00:00Z", monitor::tick);
        assertThat(Routed.events(caseId, OVERDUE)).isEqualTo(1);
        readAgain.assigneeName = "审批员（复核）";
        savedByTheReviewer(readAgain);
        tickAt("2026-11-24T16:30:00Z", monitor::tick);
        assertThat(Routed.events(caseId, OVERDUE)).as("flagged overdue once").isEqualTo(1);
        assertThat(rows(caseId, "overdue_at is not null and warned_at is not null")).isEqualTo(1);
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"许可证\"}")
                .when().post("/api/department/cases/" + caseId + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aDeadlineMovedLaterByAReviewersActWarnsAgain() {
        TestClock.moveTo(Instant.parse("2026-11-23T02:01:00Z"));
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 1, "2026-11-23T02:00:00Z", null);
        tickAt("2026-11-24T07:00:00Z", monitor::tick); // Tue 15:00
        assertThat(Routed.events(caseId, WARNING)).isEqualTo(1);

        // Tue 15:30: an inspection stops the clock (the warning stays: a stopped clock has nothing to warn of)
        TestClock.moveTo(Instant.parse("2026-11-24T07:30:00Z"));
        String step = given().contentType(ContentType.JSON).body("{\"kind\":\"INSPECTION\"}")
                .when().post("/api/department/cases/" + caseId + "/steps").then().statusCode(200).extract().path("id");
        assertThat(rows(caseId, "deadline is null and warned_at is not null")).isEqualTo(1);

        // Thu 26 Nov 10:00 it ends: Wed and Thu do not count, so the case is due by the end of Thu 26 Nov
        TestClock.moveTo(Instant.parse("2026-11-26T02:00:00Z"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"勘验合格\"}")
                .when().post("/api/department/cases/" + caseId + "/steps/" + step + "/completion").then().statusCode(200);
        assertThat(rows(caseId, "deadline = '2026-11-26T16:00:00Z' and warn_at = '2026-11-26T07:00:00Z' and warned_at is null"))
                .as("re-armed by the reviewer's act").isEqualTo(1);
        tickAt("2026-11-26T06:59:00Z", monitor::tick);
        assertThat(Routed.events(caseId, WARNING)).isEqualTo(1);
        tickAt("2026-11-26T07:00:00Z", monitor::tick); // Thu 15:00: its last two office hours again
        assertThat(Routed.events(caseId, WARNING)).isEqualTo(2);
    }
}
