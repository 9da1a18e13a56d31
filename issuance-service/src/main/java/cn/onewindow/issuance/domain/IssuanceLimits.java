package cn.onewindow.issuance.domain;

import java.time.Instant;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;

/**
 * The issuance limits (Langfang): the result reaches the issuance window within 1 working day of the
 * decision, and the applicant is told within 1 working day of its arrival. A limit ends with its last
 * working day; the warning comes when the office opens that day.
 */
public final class IssuanceLimits {
    public static final int ARRIVAL_WORKING_DAYS = 1;
    public static final int NOTIFY_WORKING_DAYS = 1;

    private IssuanceLimits() {
    }

    public static Instant arrivalDue(WorkingCalendar calendar, Instant decidedAt) {
        return calendar.deadline(decidedAt, ARRIVAL_WORKING_DAYS);
    }

    public static Instant notifyDue(WorkingCalendar calendar, Instant arrivedAt) {
        return calendar.deadline(arrivedAt, NOTIFY_WORKING_DAYS);
    }

    /**
     * Whether an act done at {@code doneAt} missed a limit due at {@code due}: a limit ends at the start of the
     * instant it is due ({@code WorkingCalendar#withinWorkingDays}), so an act at that instant is late. Not done
     * (or no limit): not late — whether an open limit has passed is the monitor's flag.
     */
    public static boolean late(Instant doneAt, Instant due) {
        return doneAt != null && due != null && !doneAt.isBefore(due);
    }

    /**
     * Office opening on the limit's last working day, in the hours of the hall handing the result out (区域通办: the
     * pickup hall's window is where the result must arrive and whose clerk tells the applicant).
     */
    public static Instant warnAt(WorkingCalendar calendar, Instant due, OfficeHours hours) {
        var lastDay = due.minusNanos(1).atZone(calendar.zone()).toLocalDate();
        return lastDay.atTime(hours.opens()).atZone(calendar.zone()).toInstant();
    }
}
