package cn.onewindow.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.contracts.events.ApprovalDeadlineWarning;
import cn.onewindow.contracts.events.ApprovalOverdue;
import cn.onewindow.contracts.events.CaseEvent;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.persistence.SkipLocked;
import cn.onewindow.common.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.Panache;
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
    /** Written denial after a failed 容缺 (Qingpu): within 2 working days. */
    static final int DENIAL_WORKING_DAYS = 2;
    private final Outbox outbox;
    private final Clock clock;
    private final CalendarHolder calendars;
    private final ApprovalService approval;

    public DeadlineMonitor(Outbox outbox, Clock clock, CalendarHolder calendars, ApprovalService approval) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
        this.approval = approval;
    }

    public record Tick(int warned, int overdue, int terminated) {
    }

    @Scheduled(every = "${onewindow.deadlines.scan-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return tick().invoke(t -> {
            if (t.warned() + t.overdue() + t.terminated() > 0) {
                LOG.infof("deadline monitor: %d warned, %d overdue, %d terminated", t.warned(), t.overdue(), t.terminated());
            }
        }).onFailure().invoke(e -> LOG.warn("deadline monitor failed; next scan retries", e)).onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** One scan at the clock's current instant. */
    public Uni<Tick> tick() {
        Instant now = clock.instant();
        return warn(now).flatMap(w -> overdue(now).flatMap(o -> terminate(now).map(t -> new Tick(w, o, t))));
    }

    Uni<Integer> warn(Instant now) {
        return Panache.withTransaction(() -> claim(OPEN + " and warned_at is null and warn_at <= :now and deadline > :now", now)
                .flatMap(cases -> flag(cases, DeadlineFlags.WARNED, ApprovalDeadlineWarning::new, now)));
    }

    Uni<Integer> overdue(Instant now) {
        return Panache.withTransaction(() -> claim(OPEN + " and overdue_at is null and deadline <= :now", now)
                .flatMap(cases -> flag(cases, DeadlineFlags.OVERDUE, ApprovalOverdue::new, now)));
    }

    /** Sets the flag on each claimed case (read only, so its version stays) and announces those it set. */
    private Uni<Integer> flag(List<ApprovalCase> cases, String flag, Announcement announcement, Instant now) {
        var set = new java.util.concurrent.atomic.AtomicInteger();
        return SkipLocked.inOrder(cases, c -> DeadlineFlags.set(c.caseId, flag, now).call(first -> {
            if (!first) {
                return Uni.createFrom().voidItem();
            }
            set.incrementAndGet();
            return announce(c, announcement, now);
        })).map(x -> set.get());
    }

    Uni<Integer> terminate(Instant now) {
        return Panache.withTransaction(() -> claim(OPEN + " and not deferral_settled and deferred_until <= :now", now)
                .call(cases -> SkipLocked.inOrder(cases, c -> approval.terminate(c, lastDay(c.deferredUntil),
                        // counted from the supplement deadline's last day (a deadline is the end of a day)
                        calendars.calendar().deadline(c.deferredUntil.minusNanos(1), DENIAL_WORKING_DAYS)))).map(List::size));
    }

    private Uni<List<ApprovalCase>> claim(String where, Instant now) {
        return SkipLocked.ids("approval_case", "case_id", where, now, BATCH).flatMap(ids -> ids.isEmpty()
                ? Uni.createFrom().item(List.<ApprovalCase>of())
                : ApprovalCase.<ApprovalCase>list("caseId in ?1 order by caseId", ids));
    }

    private java.time.LocalDate lastDay(Instant deadline) {
        return deadline.minusNanos(1).atZone(calendars.calendar().zone()).toLocalDate();
    }

    /** A flag's event: the warning and the overdue flag announce the same facts of the case. */
    @FunctionalInterface
    private interface Announcement {
        CaseEvent of(String caseId, String departmentCode, String clock, Instant deadline, Instant at, String assigneeId);
    }

    private Uni<?> announce(ApprovalCase c, Announcement announcement, Instant now) {
        // "" while nobody holds the case: the event has always said so, never null
        return outbox.publish(announcement.of(c.caseId, c.departmentCode, c.clockKind, c.deadline, now,
                c.assigneeId == null ? "" : c.assigneeId));
    }
}
