package cn.onewindow.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.domain.ApprovalClock;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.ClockSuspension;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.ClockResumed;
import cn.onewindow.contracts.events.ClockStopped;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.WarningPoint;
import io.smallrye.mutiny.Uni;

/**
 * Starts, stops and resumes a case's clock inside the caller's transaction, and keeps the derived
 * deadline and warning time on the case row, where the deadline monitor and the queues read them. The
 * monitor's flags are re-armed with their own SQL ({@link DeadlineFlags}), never through the entity.
 */
@ApplicationScoped
public class CaseClocks {
    private final CalendarHolder calendars;
    private final CaseEvents events;
    private final Clock clock;
    private final ApprovalClock.Warnings warnings;
    private final CaseHalls halls;

    public CaseClocks(CalendarHolder calendars, CaseEvents events, Clock clock, WarningSettings settings, CaseHalls halls) {
        this.calendars = calendars;
        this.halls = halls;
        this.events = events;
        this.clock = clock;
        this.warnings = warnings(settings);
    }

    static ApprovalClock.Warnings warnings(WarningSettings s) {
        return new ApprovalClock.Warnings(
                new WarningPoint(s.acceptanceMinutes().share(), s.acceptanceMinutes().atLeastOfficeMinutes()),
                new WarningPoint(s.acceptanceDays().share(), s.acceptanceDays().atLeastOfficeMinutes()),
                new WarningPoint(s.decision().share(), s.decision().atLeastOfficeMinutes()));
    }

    public ApprovalClock.Warnings warnings() {
        return warnings;
    }

    /** The case's halls: the owning hall's office hours are what its clocks count in. */
    public CaseHalls halls() {
        return halls;
    }

    /** Starts a new clock (acceptance or decision): earlier stops belong to the clock before. */
    public Uni<ApprovalCase> start(ApprovalCase c, ClockKind kind, Instant start, int budget) {
        c.clockKind = kind.name();
        c.clockStart = start;
        c.clockBudget = budget;
        return suspensions(c.caseId).flatMap(all -> refresh(c, all, true));
    }

    /**
     * The first clock of a case arriving now, not yet written: it has no stops to read and no monitor flags to
     * re-arm, so this costs no statement (two per queued case before: docs/performance.md, session 12).
     */
    public ApprovalCase startFirst(ApprovalCase c, ClockKind kind, Instant start, int budget) {
        c.clockKind = kind.name();
        c.clockStart = start;
        c.clockBudget = budget;
        derive(c, List.of());
        return c;
    }

    /** The deadline and warning time of the case's current clock. */
    private void derive(ApprovalCase c, List<ClockSuspension> all) {
        var ac = of(c, all, halls.hoursOf(c));
        var cal = calendars.calendar();
        c.deadline = ac.deadline(cal).orElse(null);
        c.warnAt = ac.warnAt(cal, warnings).orElse(null);
    }

    public Uni<ApprovalClock> load(ApprovalCase c) {
        return suspensions(c.caseId).map(all -> of(c, all, halls.hoursOf(c)));
    }

    /**
     * The case's current clock from all its stops (those of earlier clocks are left out), counted in {@code hours}: the
     * owning hall's ({@link CaseHalls#hoursOf}).
     */
    static ApprovalClock of(ApprovalCase c, List<ClockSuspension> all, cn.onewindow.calendar.OfficeHours hours) {
        return new ApprovalClock(ClockKind.valueOf(c.clockKind), c.clockStart, c.clockBudget,
                all.stream().filter(s -> s.clockKind.equals(c.clockKind))
                        .map(s -> new LimitClock.Suspension(s.reason, s.suspendedAt, s.resumedAt)).toList(), hours);
    }

    /** Recomputes deadline and warning time; a moved deadline may warn (or be overdue) again. */
    public Uni<ApprovalCase> refresh(ApprovalCase c) {
        return suspensions(c.caseId).flatMap(all -> refresh(c, all, false));
    }

    /**
     * Derives deadline and warning time, and re-arms the monitor's flags: all of them for a new clock,
     * for a running one those whose moment moved into the future (a stopped clock keeps them: it has no
     * deadline to warn of until it runs again).
     */
    Uni<ApprovalCase> refresh(ApprovalCase c, List<ClockSuspension> all, boolean newClock) {
        derive(c, all);
        Instant now = clock.instant();
        boolean rearmWarning = newClock || c.warnAt != null && c.warnAt.isAfter(now);
        boolean rearmOverdue = newClock || c.deadline != null && c.deadline.isAfter(now);
        // the entity never writes these columns; kept in step here only for whoever reads this instance next
        if (rearmWarning) {
            c.warnedAt = null;
        }
        if (rearmOverdue) {
            c.overdueAt = null;
        }
        return DeadlineFlags.rearm(c.caseId, rearmWarning, rearmOverdue).replaceWith(c);
    }

    public Uni<ApprovalCase> stop(ApprovalCase c, String reason, Actor actor) {
        Instant now = clock.instant();
        return suspensions(c.caseId).flatMap(all -> {
            if (all.stream().anyMatch(s -> s.resumedAt == null)) {
                return Uni.createFrom().failure(ProblemException.conflict("clock-already-stopped",
                        "该办件计时已暂停（" + all.get(all.size() - 1).reason + "），须先恢复",
                        "The clock is already stopped (" + all.get(all.size() - 1).reason + ")"));
            }
            var s = new ClockSuspension();
            s.caseId = c.caseId;
            s.seq = all.size() + 1;
            s.clockKind = c.clockKind;
            s.reason = reason;
            s.suspendedAt = now;
            var next = new java.util.ArrayList<>(all);
            next.add(s);
            return s.persist().flatMap(x -> refresh(c, next, false))
                    .call(() -> events.publish(c.departmentCode, new ClockStopped(c.caseId, Terms.of(ClockKind.class, c.clockKind), reason, now, actor)));
        });
    }

    /** Resumes the open stop for {@code reason}; nothing to do (false) when none is open for it. */
    public Uni<Boolean> resume(ApprovalCase c, String reason, Actor actor) {
        Instant now = clock.instant();
        return suspensions(c.caseId).flatMap(all -> {
            var open = all.stream().filter(s -> s.resumedAt == null && s.reason.equals(reason)).findFirst().orElse(null);
            if (open == null) {
                return Uni.createFrom().item(false);
            }
            open.resumedAt = now;
            return refresh(c, all, false)
                    .flatMap(x -> events.publish(c.departmentCode, new ClockResumed(c.caseId, Terms.of(ClockKind.class, c.clockKind), reason, now, c.deadline, actor)))
                    .replaceWith(true);
        });
    }

    public Uni<List<ClockSuspension>> suspensions(String caseId) {
        return ClockSuspension.list("caseId = ?1 order by seq", caseId);
    }
}
