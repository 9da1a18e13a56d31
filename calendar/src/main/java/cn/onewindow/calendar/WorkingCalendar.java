package cn.onewindow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import cn.onewindow.contracts.calendar.HolidayYear;

/**
 * Chinese working days: Monday to Friday, minus the public holidays, plus the make-up working
 * Saturdays and Sundays (调休) the State Council publishes each year. The calendar is data
 * ({@link HolidayData}), not code; this class only does the arithmetic, and has no clock.
 *
 * <p>A limit of N working days counted from an act ends at the close of the Nth working day after
 * the day of the act (the day of the act itself does not count, as in 行政许可法 §82's
 * "期间开始之日不计算在内"); 0 working days means by the close of the same day.
 *
 * <p>A year whose notice the hall has not entered is counted by weekends alone, and everything counted
 * into it is <em>provisional</em> ({@link #isProvisional}): the services show such a deadline as 暂定 and
 * compute it again when the year is entered (docs/architecture.md, "A year never entered"). Weekends alone are a guess — the
 * State Council moves working days around every holiday — so it is never passed off as the hall's word.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Set<Integer> enteredYears;
    private final ZoneId zone;

    /** A calendar whose data is the whole truth for every year (tests, and arithmetic that needs no notice). */
    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, ZoneId zone) {
        this(holidays, makeUpWorkdays, null, zone);
    }

    /** {@code enteredYears}: the years whose official notice is in the data; {@code null} means every year. */
    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Set<Integer> enteredYears, ZoneId zone) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        this.enteredYears = enteredYears == null ? null : Set.copyOf(enteredYears);
        this.zone = zone;
    }

    /** Whether the official notice of {@code year} is in the calendar (its days are the hall's word, not a guess). */
    public boolean isEntered(int year) {
        return enteredYears == null || enteredYears.contains(year);
    }

    /**
     * Whether a deadline counted from {@code start} was counted through a year not entered: some year from
     * the start's to the deadline's last day is missing, so weekends alone decided it.
     */
    public boolean isProvisional(Instant start, Instant deadline) {
        int first = start.atZone(zone).getYear();
        int last = deadline.minusNanos(1).atZone(zone).getYear();
        for (int year = Math.min(first, last); year <= Math.max(first, last); year++) {
            if (!isEntered(year)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last day of {@code deadline} lies in a year not entered (when its start is not at hand). */
    public boolean isProvisional(Instant deadline) {
        return isProvisional(deadline, deadline);
    }

    public static WorkingCalendar of(Map<String, HolidayYear> years, ZoneId zone) {
        return HolidayData.toCalendar(years, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The Nth working day after {@code from} (n = 0 gives {@code from} itself). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days strictly after {@code from} up to and including {@code to}; negative if to is before from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The instant a limit of {@code workingDays} started at {@code start} runs out (close of its last day). */
    public Instant deadline(Instant start, int workingDays) {
        LocalDate last = addWorkingDays(start.atZone(zone).toLocalDate(), workingDays);
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether {@code to} falls within a limit of {@code workingDays} started at {@code from}. */
    public boolean withinWorkingDays(Instant from, Instant to, int workingDays) {
        return to.isBefore(deadline(from, workingDays));
    }

    /**
     * The instant {@code minutes} office minutes after {@code start}: minutes run only on working
     * days between opening and closing; a start outside those hours waits for the next opening.
     */
    public Instant addOfficeMinutes(Instant start, long minutes, OfficeHours hours) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        LocalDateTime t = nextOfficeMoment(LocalDateTime.ofInstant(start, zone), hours);
        long left = minutes;
        while (true) {
            LocalDateTime close = t.toLocalDate().atTime(hours.closes());
            long available = Duration.between(t, close).toMinutes();
            if (left <= available) {
                return t.plusMinutes(left).atZone(zone).toInstant();
            }
            left -= available;
            t = nextOfficeMoment(close, hours);
        }
    }

    /**
     * The mirror of {@link #addOfficeMinutes}: the latest instant from which exactly {@code minutes} office
     * minutes remain until {@code end} — for a warning counted back from a deadline. Counting back stops
     * inside the office hours (at an opening at the earliest), never on the evening before: one office day
     * before a deadline at midnight is when the hall opens on the last day, not when it closed the day
     * before. 0 minutes gives {@code end} itself.
     */
    public Instant minusOfficeMinutes(Instant end, long minutes, OfficeHours hours) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        if (minutes == 0) {
            return end;
        }
        LocalDateTime t = previousOfficeMoment(LocalDateTime.ofInstant(end, zone), hours);
        long left = minutes * 60; // in seconds, so that an end between two whole minutes is counted exactly
        while (true) {
            LocalDateTime open = t.toLocalDate().atTime(hours.opens());
            long available = Duration.between(open, t).getSeconds();
            if (left <= available) {
                return t.minusSeconds(left).atZone(zone).toInstant();
            }
            left -= available;
            t = previousOfficeMoment(open, hours);
        }
    }

    /** Office minutes between two instants (0 if {@code to} is not after {@code from}). */
    public long officeMinutesBetween(Instant from, Instant to, OfficeHours hours) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        long total = 0;
        for (LocalDate d = a.toLocalDate(); !d.isAfter(b.toLocalDate()); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            LocalDateTime open = d.atTime(hours.opens());
            LocalDateTime close = d.atTime(hours.closes());
            LocalDateTime s = a.isAfter(open) ? a : open;
            LocalDateTime e = b.isBefore(close) ? b : close;
            if (e.isAfter(s)) {
                total += Duration.between(s, e).toMinutes();
            }
        }
        return total;
    }

    /**
     * {@code t} if the hall was open just before it (after opening, up to and including closing, on a
     * working day), else the last closing before it.
     */
    private LocalDateTime previousOfficeMoment(LocalDateTime t, OfficeHours hours) {
        LocalDate d = t.toLocalDate();
        if (isWorkingDay(d) && t.toLocalTime().isAfter(hours.opens()) && !t.toLocalTime().isAfter(hours.closes())) {
            return t;
        }
        if (isWorkingDay(d) && t.toLocalTime().isAfter(hours.closes())) {
            return d.atTime(hours.closes());
        }
        LocalDate previous = d.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous.atTime(hours.closes());
    }

    /** {@code t} if the hall is open then, else the next opening. */
    private LocalDateTime nextOfficeMoment(LocalDateTime t, OfficeHours hours) {
        LocalDate d = t.toLocalDate();
        if (isWorkingDay(d) && !t.toLocalTime().isBefore(hours.opens()) && t.toLocalTime().isBefore(hours.closes())) {
            return t;
        }
        if (isWorkingDay(d) && t.toLocalTime().isBefore(hours.opens())) {
            return d.atTime(hours.opens());
        }
        LocalDate next = d.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next.atTime(hours.opens());
    }
}
