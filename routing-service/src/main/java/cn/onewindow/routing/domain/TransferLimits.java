package cn.onewindow.routing.domain;

import java.time.Instant;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * How fast the paper file must reach the back office (Yangxin): urgent files — immediate items and
 * files whose applicant waits in the hall — within 10 office minutes of intake, promised items within
 * 30. A file settled on the spot stays at the window and is not carried. A file taken in at one hall for
 * another hall's item (区域通办) travels by express: within a few working days (config), not minutes.
 *
 * <p>Every limit counts in the office hours of the TAKING hall: the file leaves from its window, so its opening
 * hours are when a runner (or its clerk handing the parcel to the courier) can act.
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

    /**
     * The limit as office minutes of the taking hall: a limit in minutes as it is, an express limit in working days
     * worth that many of the hall's office days (so it ends at the same hour of the day, {@code days} working days on).
     */
    public static long officeMinutes(Integer limitMinutes, Integer limitDays, OfficeHours hours) {
        if (limitDays != null) {
            return limitDays * hours.minutesPerDay();
        }
        if (limitMinutes == null) {
            throw new IllegalArgumentException("no limit: nothing is carried");
        }
        return limitMinutes;
    }

    /** When the file is due: {@code limit} office minutes of the taking hall after intake. */
    public static Instant dueAt(WorkingCalendar calendar, Instant acceptedAt, long limit, OfficeHours hours) {
        return calendar.addOfficeMinutes(acceptedAt, limit, hours);
    }

    /** When the monitor warns: {@code warnMinutes} office minutes before the limit (at once for a shorter limit). */
    public static Instant warnAt(WorkingCalendar calendar, Instant acceptedAt, long limit, int warnMinutes, OfficeHours hours) {
        return calendar.addOfficeMinutes(acceptedAt, Math.max(0, limit - warnMinutes), hours);
    }
}
