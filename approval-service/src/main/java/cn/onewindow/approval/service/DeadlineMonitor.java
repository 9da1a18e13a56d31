package cn.onewindow.approval.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.approval.domain.ApprovalRules;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.contracts.events.ApprovalDeadlineWarning;
import cn.onewindow.contracts.events.ApprovalOverdue;
import cn.onewindow.contracts.events.CaseEvent;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.persistence.DueScan;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The deadline monitor: warns before a deadline, flags what is overdue and terminates 容缺 cases whose
 * owed materials did not come — from the deadlines stored on the case rows, so nothing is lost on a
 * restart and several instances share the work (rows are claimed with SKIP LOCKED). Each flag is
 * set in the same transaction as its event, so each fires once. The flags are set beside the case's
 * version ({@link DeadlineFlags}): a reviewer acting on the case at that moment is not made to retry.
 * Terminating a 容缺 case is a decision, not a flag, and goes through the entity like any other.
 */
@ApplicationScoped
public class DeadlineMonitor {
    private static final Logger LOG = Logger.getLogger(DeadlineMonitor.class);
    private static final int BATCH = 200;
    private static final String OPEN = "status in ('AWAITING_ACCEPTANCE', 'QUEUED')";
    /** The cases, claimed {@value #BATCH} at a time and acted on in case-number order. */
    private static final DueScan<ApprovalCase> CASES = DueScan.of(DeadlineFlags.TABLE, DeadlineFlags.ID, BATCH,
            ids -> ApprovalCase.<ApprovalCase>list("caseId in ?1 order by caseId", ids));
    private final CaseEvents events;
    private final Clock clock;
    private final CalendarHolder calendars;
    private final ApprovalService approval;

    public DeadlineMonitor(CaseEvents events, Clock clock, CalendarHolder calendars, ApprovalService approval) {
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.approval = approval;
    }

    public record Tick(int warned, int overdue, int terminated) {
    }

    @Scheduled(every = "${onewindow.deadlines.scan-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(tick().invoke(t -> {
            if (t.warned() + t.overdue() + t.terminated() > 0) {
                LOG.infof("deadline monitor: %d warned, %d overdue, %d terminated", t.warned(), t.overdue(), t.terminated());
            }
        }), LOG, "deadline monitor failed; next scan retries");
    }

    /** One scan at the clock's current instant. */
    public Uni<Tick> tick() {
        Instant now = clock.instant();
        return warn(now).flatMap(w -> overdue(now).flatMap(o -> terminate(now).map(t -> new Tick(w, o, t))));
    }

    /** Flags each case whose warning point passed (read only, so its version stays) and announces those it flagged. */
    Uni<Integer> warn(Instant now) {
        return CASES.flag(OPEN + " and warned_at is null and warn_at <= :now and deadline > :now", now, DeadlineFlags.WARNED,
                c -> c.caseId, c -> announce(c, ApprovalDeadlineWarning::new, now));
    }

    Uni<Integer> overdue(Instant now) {
        return CASES.flag(OPEN + " and overdue_at is null and deadline <= :now", now, DeadlineFlags.OVERDUE,
                c -> c.caseId, c -> announce(c, ApprovalOverdue::new, now));
    }

    /** A decision through the entity, not a flag: the case leaves the open statuses, so it is not claimed again. */
    Uni<Integer> terminate(Instant now) {
        return CASES.each(OPEN + " and not deferral_settled and deferred_until <= :now", now, c -> {
            var calendar = calendars.calendar();
            return approval.terminate(c, ApprovalRules.lastDayOwed(calendar, c.deferredUntil),
                    ApprovalRules.writtenDenialDue(calendar, c.deferredUntil));
        });
    }

    /** A flag's event: the warning and the overdue flag announce the same facts of the case. */
    @FunctionalInterface
    private interface Announcement {
        CaseEvent of(String caseId, String departmentCode, ClockKind clock, Instant deadline, Instant at, String assigneeId);
    }

    private Uni<?> announce(ApprovalCase c, Announcement announcement, Instant now) {
        // "" while nobody holds the case: the event has always said so, never null
        return events.publish(c.departmentCode, announcement.of(c.caseId, c.departmentCode, Terms.of(ClockKind.class, c.clockKind), c.deadline, now,
                c.assigneeId == null ? "" : c.assigneeId));
    }
}
