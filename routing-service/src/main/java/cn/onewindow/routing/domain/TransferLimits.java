package cn.onewindow.routing.domain;

import java.time.Instant;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * How fast the paper file must reach the back office (Yangxin): urgent files — immediate items and
 * files whose applicant waits in the hall — within 10 office minutes of intake, promised items within
 * 30. A file settled on the spot stays at the window and is not carried.
 */
public final class TransferLimits {
    public static final int URGENT_MINUTES = 10;
    public static final int PROMISED_MINUTES = 30;

    private TransferLimits() {
    }

    /** The limit in office minutes, or null when nothing is carried. */
    public static Integer minutes(ItemType itemType, IntakePath intakePath) {
        if (intakePath == IntakePath.SETTLED_ON_SPOT) {
            return null;
        }
        if (itemType == ItemType.IMMEDIATE || intakePath == IntakePath.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING) {
            return URGENT_MINUTES;
        }
        return PROMISED_MINUTES;
    }

    /** When the file is due at the back office: {@code limitMinutes} office minutes after intake. */
    public static Instant dueAt(WorkingCalendar calendar, Instant acceptedAt, int limitMinutes) {
        return calendar.addOfficeMinutes(acceptedAt, limitMinutes, OfficeHours.DEFAULT);
    }

    /** When the monitor warns: {@code warnMinutes} office minutes before the limit (at once for a shorter limit). */
    public static Instant warnAt(WorkingCalendar calendar, Instant acceptedAt, int limitMinutes, int warnMinutes) {
        return calendar.addOfficeMinutes(acceptedAt, Math.max(0, limitMinutes - warnMinutes), OfficeHours.DEFAULT);
    }
}
