package cn.onewindow.intake.queue.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;

/**
 * Appointment slots (预约时段): office hours cut into slots of equal length, on working days only.
 * An applicant checking in early or on time gets an appointment ticket (called first); one who comes
 * later than the grace after the slot's end has lost the appointment and queues like anyone else.
 */
public final class AppointmentSlots {
    public enum CheckIn { APPOINTMENT, TOO_EARLY, LATE, WRONG_DAY }

    private final OfficeHours hours;
    private final Duration length;
    private final Duration earliest;
    private final Duration grace;

    public AppointmentSlots(OfficeHours hours, Duration length, Duration earliest, Duration grace) {
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("slot length must be positive");
        }
        this.hours = hours;
        this.length = length;
        this.earliest = earliest;
        this.grace = grace;
    }

    /** Every slot start of the day; none on a day off. */
    public List<LocalTime> slots(LocalDate day, WorkingCalendar calendar) {
        List<LocalTime> out = new ArrayList<>();
        if (!calendar.isWorkingDay(day)) {
            return out;
        }
        for (LocalTime t = hours.opens(); !t.plus(length).isAfter(hours.closes()) && !t.plus(length).equals(LocalTime.MIDNIGHT);
             t = t.plus(length)) {
            out.add(t);
        }
        return out;
    }

    public boolean isSlot(LocalDate day, LocalTime start, WorkingCalendar calendar) {
        return slots(day, calendar).contains(start);
    }

    /** Whether a slot can still be booked at {@code now}: it must not have started. */
    public boolean bookable(LocalDate day, LocalTime start, Instant now, WorkingCalendar calendar) {
        return isSlot(day, start, calendar) && now.isBefore(ZonedDateTime.of(day, start, calendar.zone()).toInstant());
    }

    /** What an applicant arriving at {@code now} for the slot gets. */
    public CheckIn checkIn(LocalDate day, LocalTime start, Instant now, WorkingCalendar calendar) {
        var arrival = now.atZone(calendar.zone());
        if (!arrival.toLocalDate().equals(day)) {
            return CheckIn.WRONG_DAY;
        }
        var slotStart = ZonedDateTime.of(day, start, calendar.zone());
        if (arrival.isBefore(slotStart.minus(earliest))) {
            return CheckIn.TOO_EARLY;
        }
        return arrival.isAfter(slotStart.plus(length).plus(grace)) ? CheckIn.LATE : CheckIn.APPOINTMENT;
    }
}
