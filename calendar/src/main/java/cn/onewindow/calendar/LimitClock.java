package cn.onewindow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.onewindow.contracts.vocabulary.ClockState;

/**
 * A time limit kept as its budget plus a ledger of suspensions, never as a fixed date: the deadline
 * is derived whenever it is needed, so a stop (补正 supplement, inspection, expert review, fee
 * payment) and a resumption move it correctly across holidays.
 *
 * <p>Counting rule: the day a limit starts does not count; a suspension that starts on day S and
 * is resumed on day R removes the working days after S up to and including R (the day of the stop
 * is used, counting restarts the day after the resumption).
 */
public record LimitClock(Instant start, int budgetWorkingDays, List<Suspension> suspensions) {

    /** One stop of the clock; {@code resumedAt} is null while it lasts. */
    public record Suspension(String reason, Instant suspendedAt, Instant resumedAt) {
        public boolean open() {
            return resumedAt == null;
        }
    }

    public LimitClock {
        if (budgetWorkingDays < 0) {
            throw new IllegalArgumentException("budget must not be negative");
        }
        suspensions = List.copyOf(suspensions);
    }

    public static LimitClock started(Instant start, int budgetWorkingDays) {
        return new LimitClock(start, budgetWorkingDays, List.of());
    }

    public boolean suspended() {
        return suspensions.stream().anyMatch(Suspension::open);
    }

    public LimitClock suspend(String reason, Instant at) {
        if (suspended()) {
            throw new IllegalStateException("the clock is already stopped");
        }
        if (at.isBefore(start)) {
            throw new IllegalArgumentException("cannot stop a clock before it started");
        }
        List<Suspension> next = new ArrayList<>(suspensions);
        next.add(new Suspension(reason, at, null));
        return new LimitClock(start, budgetWorkingDays, next);
    }

    public LimitClock resume(Instant at) {
        if (!suspended()) {
            throw new IllegalStateException("the clock is not stopped");
        }
        List<Suspension> next = new ArrayList<>(suspensions);
        Suspension open = next.remove(next.size() - 1);
        if (at.isBefore(open.suspendedAt())) {
            throw new IllegalArgumentException("cannot resume before the stop");
        }
        next.add(new Suspension(open.reason(), open.suspendedAt(), at));
        return new LimitClock(start, budgetWorkingDays, next);
    }

    /** Working days the closed suspensions removed from the count. */
    public int suspendedWorkingDays(WorkingCalendar calendar) {
        return suspensions.stream().filter(s -> !s.open())
                .mapToInt(s -> calendar.workingDaysBetween(day(s.suspendedAt(), calendar), day(s.resumedAt(), calendar)))
                .sum();
    }

    /** The deadline, or empty while the clock is stopped (it then has no deadline). */
    public Optional<Instant> deadline(WorkingCalendar calendar) {
        if (suspended()) {
            return Optional.empty();
        }
        return Optional.of(calendar.deadline(start, budgetWorkingDays + suspendedWorkingDays(calendar)));
    }

    /**
     * The state at {@code now}: WARNING from {@code warnWorkingDays} working days before the deadline
     * (the start of that working day), OVERDUE once the deadline has passed.
     */
    public ClockState state(WorkingCalendar calendar, Instant now, int warnWorkingDays) {
        Optional<Instant> d = deadline(calendar);
        if (d.isEmpty()) {
            return ClockState.STOPPED;
        }
        if (!now.isBefore(d.get())) {
            return ClockState.OVERDUE;
        }
        return now.isBefore(warningFrom(calendar, warnWorkingDays).orElseThrow()) ? ClockState.NORMAL : ClockState.WARNING;
    }

    /** When the warning starts: the opening of the day {@code warnWorkingDays} working days before the last one. */
    public Optional<Instant> warningFrom(WorkingCalendar calendar, int warnWorkingDays) {
        return deadline(calendar).map(d -> {
            LocalDate lastDay = d.atZone(calendar.zone()).toLocalDate().minusDays(1);
            LocalDate warnDay = lastDay;
            int left = warnWorkingDays;
            while (left > 0) {
                warnDay = warnDay.minusDays(1);
                if (calendar.isWorkingDay(warnDay)) {
                    left--;
                }
            }
            Instant from = warnDay.atStartOfDay(calendar.zone()).toInstant();
            return from.isBefore(start) ? start : from;
        });
    }

    private static LocalDate day(Instant i, WorkingCalendar calendar) {
        return i.atZone(calendar.zone()).toLocalDate();
    }
}
