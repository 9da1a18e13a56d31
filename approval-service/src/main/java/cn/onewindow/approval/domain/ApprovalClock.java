package cn.onewindow.approval.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.onewindow.common.time.LimitClock;
import cn.onewindow.common.time.OfficeHours;
import cn.onewindow.common.time.WorkingCalendar;

/**
 * The clock a department case runs on, derived from its start, budget and stops — never stored as a
 * fixed date. Three kinds:
 * <ul>
 * <li>ACCEPTANCE_MINUTES — the window only received an immediate item; the back office decides
 * acceptance within 20 office minutes while the applicant waits;</li>
 * <li>ACCEPTANCE_DAYS — the window gave a receipt; acceptance within 5 working days;</li>
 * <li>DECISION — the promised limit in working days from acceptance.</li>
 * </ul>
 * Stops (补正, inspection, expert review, fee) do not count; a stopped clock has no deadline.
 */
public record ApprovalClock(Kind kind, Instant start, int budget, List<LimitClock.Suspension> suspensions) {
    public enum Kind { ACCEPTANCE_MINUTES, ACCEPTANCE_DAYS, DECISION }

    public enum State { NORMAL, WARNING, OVERDUE, STOPPED }

    /** How long before a deadline the warning comes: working days for day clocks, minutes for minute clocks. */
    public record Warning(int workingDays, int minutes) {
    }

    public ApprovalClock {
        suspensions = List.copyOf(suspensions);
    }

    public boolean stopped() {
        return suspensions.stream().anyMatch(LimitClock.Suspension::open);
    }

    public Optional<Instant> deadline(WorkingCalendar calendar) {
        if (kind == Kind.ACCEPTANCE_MINUTES) {
            if (stopped()) {
                return Optional.empty();
            }
            long stoppedMinutes = suspensions.stream()
                    .mapToLong(s -> calendar.officeMinutesBetween(s.suspendedAt(), s.resumedAt(), OfficeHours.DEFAULT)).sum();
            return Optional.of(calendar.addOfficeMinutes(start, budget + stoppedMinutes, OfficeHours.DEFAULT));
        }
        return days().deadline(calendar);
    }

    public Optional<Instant> warnAt(WorkingCalendar calendar, Warning warning) {
        if (kind == Kind.ACCEPTANCE_MINUTES) {
            return deadline(calendar).map(d -> {
                Instant w = d.minusSeconds(60L * warning.minutes());
                return w.isBefore(start) ? start : w;
            });
        }
        // the warning comes when the office opens on the warning day, not at midnight
        return days().warningFrom(calendar, warning.workingDays()).map(w -> {
            var day = w.atZone(calendar.zone()).toLocalDate();
            Instant opening = day.atTime(OfficeHours.DEFAULT.opens()).atZone(calendar.zone()).toInstant();
            return w.equals(start) || opening.isBefore(start) ? w : opening;
        });
    }

    public State state(WorkingCalendar calendar, Instant now, Warning warning) {
        Optional<Instant> d = deadline(calendar);
        if (d.isEmpty()) {
            return State.STOPPED;
        }
        if (!now.isBefore(d.get())) {
            return State.OVERDUE;
        }
        return now.isBefore(warnAt(calendar, warning).orElseThrow()) ? State.NORMAL : State.WARNING;
    }

    private LimitClock days() {
        return new LimitClock(start, budget, suspensions);
    }
}
