package cn.onewindow.issuance;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.IssuanceStatus;
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.notify.NotificationDispatcher;
import cn.onewindow.issuance.service.IssuanceLimitsMonitor;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The issuance limits with an injected clock: the result must reach the window within 1 working day
 * of the decision, the applicant be told within 1 working day of its arrival — each warned when the
 * office opens on its last day and flagged overdue when it ends. The notice goes through the
 * notification outbox: sent to the local mailbox, or retried and left FAILED, visible.
 */
@QuarkusTest
class IssuanceLimitsTest {
    @Inject
    IssuanceLimitsMonitor monitor;
    @Inject
    NotificationDispatcher dispatcher;
    @ConfigProperty(name = "onewindow.notifications.mailbox-dir")
    String mailbox;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /**
     * Dispatches until the due notices are all handled: one round takes 50, and the notices other tests left
     * pending in the shared database (other clocks, other cases) may be more than that.
     */
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

    static long events(String caseId, String type, String clock) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '" + type
                + "' and payload like '%\"clock\":\"" + clock + "\"%'");
    }

    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void bothLimitsWarnAndTurnOverdueOnTheRightWorkingDay() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        // decided Thu 26 Nov 2026 10:00: the result is due at the window by the end of Fri 27 Nov
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0004","itemName":"企业变更登记","departmentCode":"AMR","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"营业执照（变更）","applicantName":"测试公司","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-26T02:00:00Z"}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId
                + "' and arrival_due_at = '2026-11-27T16:00:00Z' and arrival_warn_at = '2026-11-27T01:00:00Z'", 1)).isEqualTo(1);

        tickAt("2026-11-27T00:59:00Z", monitor::tick); // Fri 08:59
        assertThat(events(caseId, EventTypes.DEADLINE_WARNING, "ARRIVAL")).isZero();
        tickAt("2026-11-27T01:00:00Z", monitor::tick); // Fri 09:00, the last day: warned
        assertThat(events(caseId, EventTypes.DEADLINE_WARNING, "ARRIVAL")).isEqualTo(1);
        tickAt("2026-11-27T15:59:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.OVERDUE, "ARRIVAL")).isZero();
        tickAt("2026-11-27T16:00:00Z", monitor::tick); // the weekend begins: overdue
        assertThat(events(caseId, EventTypes.OVERDUE, "ARRIVAL")).isEqualTo(1);

        // it arrives on Mon 30 Nov 10:00 (late); the applicant must be told by the end of Tue 1 Dec
        TestClock.moveTo(Instant.parse("2026-11-30T02:00:00Z"));
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200)
                .body("status", equalTo("READY")).body("notifyDueAt", equalTo("2026-12-01T16:00:00Z"));
        tickAt("2026-12-01T00:59:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.DEADLINE_WARNING, "NOTIFY")).isZero();
        tickAt("2026-12-01T01:00:00Z", monitor::tick); // Tue 09:00: warned (the notice is still pending)
        assertThat(events(caseId, EventTypes.DEADLINE_WARNING, "NOTIFY")).isEqualTo(1);
        tickAt("2026-12-01T16:00:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.OVERDUE, "NOTIFY")).isEqualTo(1);

        // the dispatcher sends the notice to the local mailbox; the case counts as notified from then
        dispatchAt("2026-12-02T01:30:00Z");
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and status = 'SENT'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + caseId
                + "' and notified_at between '2026-12-02T01:30:00Z' and '2026-12-02T01:31:00Z'"))
                .isEqualTo(1);
        assertThat(Files.readString(Path.of(mailbox, "applicant-" + caseId + ".txt"))).contains(caseId, "营业执照（变更）", "统一出件窗口");
        tickAt("2026-12-03T02:00:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.OVERDUE, "NOTIFY")).as("flagged once").isEqualTo(1);
    }

    /** The record as a department's or clerk's transaction read it, with the version it had then. */
    static IssuanceRecord readByAPerson(String caseId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> IssuanceRecord.<IssuanceRecord>findById(caseId)));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** That person's save of what they read and changed: refused if the row's version moved since. */
    static void savedByThePerson(IssuanceRecord read) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.merge(read))));
        } catch (Throwable e) {
            throw new AssertionError("the person's save failed because a background job flagged the record meanwhile", e);
        }
    }

    /**
     * #22 item 5: the limits monitor's flags and the dispatcher's "notified" are set beside the record's
     * version, so a hand-over or a pickup read just before them is saved without a 409 and does not undo them.
     */
    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aHandOverOrPickupReadJustBeforeABackgroundJobFlaggedTheRecordIsSavedAndTheFlagStays() {
        String caseId = "T-" + UUID.randomUUID();
        // decided Thu 26 Nov 2026 10:00: due at the window by the end of Fri 27 Nov, warned at 09:00 that day
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0004","itemName":"企业变更登记","departmentCode":"AMR","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"营业执照（变更）","applicantName":"测试公司","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-26T02:00:00Z"}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId
                + "' and status = 'AWAITING_ARRIVAL'", 1)).isEqualTo(1);

        IssuanceRecord read = readByAPerson(caseId);
        int version = read.version;
        tickAt("2026-11-27T01:00:00Z", monitor::tick); // the warning comes between the department's read and its save
        assertThat(events(caseId, EventTypes.DEADLINE_WARNING, "ARRIVAL")).isEqualTo(1);
        read.becomes(IssuanceStatus.READY);
        read.arrivedAt = Instant.parse("2026-11-27T01:00:05Z");
        read.readyAt = read.arrivedAt;
        read.arrivedFrom = "市场监管局";
        savedByThePerson(read);
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + caseId + "' and status = 'READY'"
                + " and version = " + (version + 1) + " and arrival_warned_at is not null")).isEqualTo(1);

        // the notice is queued as the real hand-over queues it; the clerk reads the record, the dispatcher sends meanwhile
        Sql.execute("insert into notification (id, case_id, kind, channel, recipient, body, status, attempts, next_attempt_at, created_at)"
                + " values ('" + UUID.randomUUID() + "', '" + caseId + "', 'RESULT_READY', 'MAILBOX', 'applicant-" + caseId
                + "', '测试', 'PENDING', 0, '2026-11-27T01:00:05Z', '2026-11-27T01:00:05Z')");
        IssuanceRecord beforePickup = readByAPerson(caseId);
        dispatchAt("2026-11-27T01:30:00Z");
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + caseId + "' and notified_at is not null"
                + " and version = " + beforePickup.version)).as("notified beside the version").isEqualTo(1);
        beforePickup.becomes(IssuanceStatus.DELIVERED);
        beforePickup.deliveredAt = Instant.parse("2026-11-27T01:30:05Z");
        beforePickup.receivedBy = "测试公司经办人";
        beforePickup.identityChecked = true;
        savedByThePerson(beforePickup);
        assertThat(Sql.count("select count(*) from issuance_record where case_id = '" + caseId + "' and status = 'DELIVERED'"
                + " and notified_at is not null and arrival_warned_at is not null")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aNoticeThatCannotBeSentIsRetriedAndStaysVisibleAsFailed() {
        String caseId = "T-" + UUID.randomUUID();
        Sql.execute("insert into notification (id, case_id, kind, channel, recipient, body, status, attempts, next_attempt_at, created_at)"
                + " values ('" + UUID.randomUUID() + "', '" + caseId + "', 'RESULT_READY', 'DOWN', 'applicant-" + caseId
                + "', '测试', 'PENDING', 0, '2026-11-23T02:00:00Z', '2026-11-23T02:00:00Z')");
        Instant t = Instant.parse("2026-11-23T02:00:00Z");
        for (int i = 0; i < 8; i++) {
            dispatchAt(t.toString());
            t = t.plusSeconds(7200); // past every back-off
        }
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId
                + "' and status = 'FAILED' and attempts = 8 and last_error like '%SMS gateway unreachable%'")).isEqualTo(1);
        dispatchAt(t.toString());
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and attempts = 8")).isEqualTo(1);
        given().when().get("/api/issuance/notifications?status=FAILED").then().statusCode(200)
                .body("caseId", org.hamcrest.Matchers.hasItem(caseId));
    }
}
