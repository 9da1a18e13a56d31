package cn.onewindow.approval.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WarningPoint;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.ClockState;

/**
 * The clock a department case runs on, derived from its start, budget and stops — never stored as a
 * fixed date. Three kinds:
 * <ul>
 * <li>ACCEPTANCE_MINUTES — the window only received an immediate item; the back office decides
 * acceptance within 20 office minutes while the applicant waits;</li>
 * <li>ACCEPTANCE_DAYS — the window gave a receipt; acceptance within 5 working days;</li>
 * <li>DECISION — the promised limit in working days from acceptance.</li>
 * </ul>
 * Stops (补正, inspection, expert review, fee) do not count; a stopped clock has no deadline. Each kind
 * warns at its own {@link WarningPoint} (a share of the limit, at least the last few office minutes).
 *
 * <p>{@code hours}: the office hours of the hall OWNING the item (区域通办: its department decides, so its opening hours
 * are the minutes the acceptance runs in and the office time the warnings count back — never the taking hall's).
 */
public record ApprovalClock(ClockKind kind, Instant start, int budget, List<LimitClock.Suspension> suspensions,
                            OfficeHours hours) {
    /** The warning point of each kind of clock (the hall's settings). */
    public record Warnings(WarningPoint acceptanceMinutes, WarningPoint acceptanceDays, WarningPoint decision) {
        public WarningPoint of(ClockKind kind) {
            return switch (kind) {
                case ACCEPTANCE_MINUTES -> acceptanceMinutes;
                case ACCEPTANCE_DAYS -> acceptanceDays;
                case DECISION -> decision;
                case TRANSFER, ARRIVAL, NOTIFY -> throw new IllegalArgumentException(kind + " is not a department's clock");
            };
        }
    }

    public ApprovalClock {
        suspensions = List.copyOf(suspensions);
        if (hours == null) {
            hours = OfficeHours.DEFAULT;
        }
    }

    /** A clock of the home hall (9–17), as every clock counted before halls. */
    public ApprovalClock(ClockKind kind, Instant start, int budget, List<LimitClock.Suspension> suspensions) {
        this(kind, start, budget, suspensions, OfficeHours.DEFAULT);
    }

    public boolean stopped() {
        return suspensions.stream().anyMatch(LimitClock.Suspension::open);
    }

    public Optional<Instant> deadline(WorkingCalendar calendar) {
        if (kind == ClockKind.ACCEPTANCE_MINUTES) {
            if (stopped()) {
                return Optional.empty();
            }
            long stoppedMinutes = suspensions.stream()
                    .mapToLong(s -> calendar.officeMinutesBetween(s.suspendedAt(), s.resumedAt(), hours)).sum();
            return Optional.of(calendar.addOfficeMinutes(start, budget + stoppedMinutes, hours));
        }
        return days().deadline(calendar);
    }

    /** When the clock turns to warning (empty while it is stopped): its kind's warning point, in office time. */
    public Optional<Instant> warnAt(WorkingCalendar calendar, Warnings warnings) {
        return deadline(calendar).map(d -> warnings.of(kind).warnAt(calendar, hours, start, d, limitOfficeMinutes()));
    }

    public ClockState state(WorkingCalendar calendar, Instant now, Warnings warnings) {
        Optional<Instant> d = deadline(calendar);
        if (d.isEmpty()) {
            return ClockState.STOPPED;
        }
        if (!now.isBefore(d.get())) {
            return ClockState.OVERDUE;
        }
        return now.isBefore(warnAt(calendar, warnings).orElseThrow()) ? ClockState.NORMAL : ClockState.WARNING;
    }

    /** The limit as stated, in office minutes: a working day is worth one office day. */
    long limitOfficeMinutes() {
        return kind == ClockKind.ACCEPTANCE_MINUTES ? budget : budget * hours.minutesPerDay();
    }

    private LimitClock days() {
        return new LimitClock(start, budget, suspensions);
    }
}
