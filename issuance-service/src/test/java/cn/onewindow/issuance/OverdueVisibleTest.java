package cn.onewindow.issuance;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.issuance.notify.NotificationDispatcher;
import cn.onewindow.issuance.service.IssuanceLimitsMonitor;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

/**
 * #22 item 11: a missed issuance limit is in the API, not only a timeline event — on the record (arrival overdue
 * flag, late hand-over, notice deadline and its overdue flag) and per department for the supervisor's dashboard.
 * Three results of a department of this run's own, so the shared database's other records do not count:
 * A decided Thu 26 Nov 2026 10:00 and never handed over; B decided then and handed over Mon 30 Nov 10:00 (its
 * limit ended with Fri 27 Nov: late); C decided Fri 27 Nov 10:00 and handed over Mon 30 Nov 11:00 (due by the
 * end of Mon: on time). B's and C's applicants are due to be told by the end of Tue 1 Dec.
 */
@QuarkusTest
class OverdueVisibleTest {
    @Inject
    IssuanceLimitsMonitor monitor;
    @Inject
    NotificationDispatcher dispatcher;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String decided(String department, String decidedAt) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0004","itemName":"企业变更登记","departmentCode":"%s","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"营业执照（变更）","applicantName":"测试公司","deliveryMethod":"PICKUP",
                 "decidedAt":"%s"}""".formatted(caseId, department, decidedAt));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId
                + "' and status = 'AWAITING_ARRIVAL'", 1)).isEqualTo(1);
        return caseId;
    }

    static void handedOverAt(String caseId, String at) {
        TestClock.moveTo(Instant.parse(at));
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200);
    }

    /** The department's row of the per-department figures, asked at {@code now} for 30 Nov to {@code to}. */
    static Map<String, Object> figures(String department, String now, String to) {
        TestClock.moveTo(Instant.parse(now));
        var rows = given().when().get("/api/issuance/overdue?from=2026-11-30&to=" + to).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("findAll { it.departmentCode == '" + department + "' }");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    @TestSecurity(user = "issuer", roles = {"issuance-clerk", "supervisor"})
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void missedLimitsAreOnTheRecordAndCountedPerDepartment() {
        String department = "Z" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String a = decided(department, "2026-11-26T02:00:00Z");
        String b = decided(department, "2026-11-26T02:00:00Z");
        String c = decided(department, "2026-11-27T02:00:00Z");

        tickAt("2026-11-27T16:00:00Z", monitor::tick); // Fri 24:00: A's and B's arrival limit ended
        handedOverAt(b, "2026-11-30T02:00:00Z");
        handedOverAt(c, "2026-11-30T03:00:00Z");

        given().when().get("/api/issuance/" + a).then().statusCode(200)
                // the flag keeps the instant the monitor ran at; the test clock runs on from where the test moved it
                .body("arrivalDueAt", equalTo("2026-11-27T16:00:00Z")).body("arrivalOverdueAt", startsWith("2026-11-27T16:00:00"))
                .body("arrivalOverdue", equalTo(true)).body("lateHandover", equalTo(false))
                .body("notifyDueAt", nullValue()).body("noticeOverdue", equalTo(false));
        given().when().get("/api/issuance/" + b).then().statusCode(200)
                .body("arrivedAt", startsWith("2026-11-30T02:00:00")).body("lateHandover", equalTo(true)).body("arrivalOverdue", equalTo(true))
                .body("notifyDueAt", equalTo("2026-12-01T16:00:00Z")).body("noticeOverdue", equalTo(false));
        given().when().get("/api/issuance/" + c).then().statusCode(200)
                .body("arrivalDueAt", equalTo("2026-11-30T16:00:00Z")).body("lateHandover", equalTo(false))
                .body("arrivalOverdue", equalTo(false)).body("arrivalOverdueAt", nullValue());

        // Mon 30 Nov 12:00: A is overdue at the window, B was handed over late; no notice is due yet
        assertThat(figures(department, "2026-11-30T04:00:00Z", "2026-12-02"))
                .containsEntry("arrivalOverdue", 1).containsEntry("lateHandovers", 1)
                .containsEntry("noticeOverdue", 0).containsEntry("lateNotices", 0);
        tickAt("2026-12-01T16:00:00Z", monitor::tick); // Tue 24:00: the notice deadline of B and C ended, nobody told
        given().when().get("/api/issuance/" + b).then().statusCode(200)
                .body("notifyOverdueAt", startsWith("2026-12-01T16:00:00")).body("noticeOverdue", equalTo(true));
        // Wed 2 Dec 10:00: B's and C's applicants are still untold
        assertThat(figures(department, "2026-12-02T02:00:00Z", "2026-12-02"))
                .containsEntry("arrivalOverdue", 1).containsEntry("lateHandovers", 1)
                .containsEntry("noticeOverdue", 2).containsEntry("lateNotices", 0);
        // the notices go out (late) on Thu 3 Dec 09:30: no longer overdue now, two late notices in a period with that day
        dispatchAt("2026-12-03T01:30:00Z");
        assertThat(figures(department, "2026-12-03T02:00:00Z", "2026-12-03"))
                .containsEntry("arrivalOverdue", 1).containsEntry("lateHandovers", 1)
                .containsEntry("noticeOverdue", 0).containsEntry("lateNotices", 2);
        assertThat(figures(department, "2026-12-03T02:00:00Z", "2026-12-02")).containsEntry("lateNotices", 0);
        given().when().get("/api/issuance/" + c).then().statusCode(200).body("noticeOverdue", equalTo(true))
                .body("notifyOverdueAt", startsWith("2026-12-01T16:00:00"));
    }

    @Test
    @TestSecurity(user = "issuer", roles = {"issuance-clerk", "supervisor"})
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aPeriodThatEndsBeforeItStartsIsAProblem() {
        given().when().get("/api/issuance/overdue?from=2026-12-02&to=2026-11-30").then().statusCode(400)
                .body("code", equalTo("bad-period"));
    }

    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void onlyTheSupervisorReadsTheFigures() {
        given().when().get("/api/issuance/overdue?from=2026-11-30&to=2026-12-02").then().statusCode(403);
    }

    /** Dispatches until the due notices are all handled (the shared database may hold more than one round). */
    void dispatchAt(String instant) {
        TestClock.moveTo(Instant.parse(instant));
        try {
            for (int round = 0; round < 40; round++) {
                var sent = VertxContextSupport.subscribeAndAwait(() -> dispatcher.dispatch());
                if (sent.sent() + sent.failed() < 50) {
                    return;
                }
            }
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
