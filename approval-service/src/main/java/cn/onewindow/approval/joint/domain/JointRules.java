package cn.onewindow.approval.joint.domain;

import java.time.Instant;
import java.util.List;

import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.WorkingCalendar;

/**
 * The rules of 联审联办 (JOINT items) and 上报件 (FORWARDED items), without the database: which part of the work a
 * department has in a case, when a co-department's opinion is late, when the lead may decide, and the two parts of a
 * forwarded case's clock.
 */
public final class JointRules {
    /** The department's own case (an ordinary one, or the lead's of a JOINT item). */
    public static final String DECISION = "DECISION";
    /** A co-department's opinion on a JOINT case of another (lead) department. */
    public static final String JOINT_OPINION = "JOINT_OPINION";
    /** The department's own FORWARDED case: it gives the first-instance opinion and forwards. */
    public static final String FIRST_INSTANCE = "FIRST_INSTANCE";
    /** The higher authority deciding a case forwarded to it. */
    public static final String AUTHORITY_DECISION = "AUTHORITY_DECISION";

    public static final String JOINT = "JOINT";
    public static final String FORWARDED = "FORWARDED";
    public static final String AGREE = "AGREE";
    public static final String DISAGREE = "DISAGREE";

    private JointRules() {
    }

    /** The part {@code department} has in a case of {@code caseDepartment}, item type {@code itemType}, forwarded to {@code forwardedTo}. */
    public static String part(String itemType, String caseDepartment, String forwardedTo, String department) {
        if (forwardedTo != null && forwardedTo.equals(department) && !forwardedTo.equals(caseDepartment)) {
            return AUTHORITY_DECISION;
        }
        if (caseDepartment.equals(department)) {
            return FORWARDED.equals(itemType) ? FIRST_INSTANCE : DECISION;
        }
        return JOINT_OPINION;
    }

    /**
     * An opinion is late when given at or after the lead's deadline: the deadline of its decision clock (the promised
     * limit). Before the lead accepted the file, or while its clock is stopped (no deadline), it cannot be late.
     */
    public static boolean late(Instant at, String clockKind, Instant leadDeadline) {
        return "DECISION".equals(clockKind) && leadDeadline != null && !at.isBefore(leadDeadline);
    }

    /** What the lead's decision on a JOINT case meets. */
    public enum Gate {
        /** every co-department gave its opinion */
        ALL_OPINIONS_IN,
        /** some are missing, but the lead's deadline has passed: it decides, and the missing ones are recorded */
        PAST_DEADLINE,
        /** some are missing and the deadline has not passed: 409 joint-opinions-pending */
        OPINIONS_PENDING
    }

    public static Gate leadGate(List<String> pending, String clockKind, Instant leadDeadline, Instant now) {
        if (pending.isEmpty()) {
            return Gate.ALL_OPINIONS_IN;
        }
        return late(now, clockKind, leadDeadline) ? Gate.PAST_DEADLINE : Gate.OPINIONS_PENDING;
    }

    /** Where one part of a forwarded case's clock stands. */
    public enum PartState {
        /** not started: the first instance before the acceptance, the authority before the forwarding */
        WAITING,
        /** running, inside its limit */
        RUNNING,
        /** running, past its limit */
        OVERDUE,
        /** done within its limit */
        ON_TIME,
        /** done after its limit */
        LATE
    }

    /**
     * One part of the clock: its limit in working days, when it started, when it is due, when it ended (forwarded,
     * decided), the working days used (stops not counted) and where it stands. {@code due} is null while stopped.
     */
    public record ClockPart(String part, int limitDays, Instant start, Instant due, Instant end, Integer usedDays,
                            PartState state) {
        public Boolean onTime() {
            return state == PartState.ON_TIME ? Boolean.TRUE : state == PartState.LATE ? Boolean.FALSE : null;
        }
    }

    /**
     * The first instance: {@code days} working days from the start of the department's decision clock (null: not
     * accepted yet), its stops not counted; it ends with the forwarding.
     */
    public static ClockPart firstInstance(WorkingCalendar calendar, Instant start, int days, List<LimitClock.Suspension> stops,
                                          Instant forwardedAt, Instant now) {
        if (start == null) {
            return new ClockPart(FIRST_INSTANCE, days, null, null, null, null, PartState.WAITING);
        }
        var clock = new LimitClock(start, days, stops);
        Instant due = clock.deadline(calendar).orElse(null);
        Instant end = forwardedAt != null ? forwardedAt : now;
        int used = Math.max(0, calendar.workingDaysBetween(day(start, calendar), day(end, calendar)) - clock.suspendedWorkingDays(calendar));
        return new ClockPart(FIRST_INSTANCE, days, start, due, forwardedAt, used, state(due, forwardedAt, now));
    }

    /** The authority's part: {@code days} working days from the forwarding (none yet: waiting); ends with its decision. */
    public static ClockPart authority(WorkingCalendar calendar, Instant forwardedAt, int days, Instant decidedAt, Instant now) {
        if (forwardedAt == null) {
            return new ClockPart(AUTHORITY_DECISION, days, null, null, null, null, PartState.WAITING);
        }
        Instant due = authorityDue(calendar, forwardedAt, days);
        Instant end = decidedAt != null ? decidedAt : now;
        int used = Math.max(0, calendar.workingDaysBetween(day(forwardedAt, calendar), day(end, calendar)));
        return new ClockPart(AUTHORITY_DECISION, days, forwardedAt, due, decidedAt, used, state(due, decidedAt, now));
    }

    /** The authority decides by the close of the {@code days}th working day after the forwarding. */
    public static Instant authorityDue(WorkingCalendar calendar, Instant forwardedAt, int days) {
        return calendar.deadline(forwardedAt, days);
    }

    static PartState state(Instant due, Instant end, Instant now) {
        if (end != null) {
            return due == null || end.isBefore(due) ? PartState.ON_TIME : PartState.LATE;
        }
        return due != null && !now.isBefore(due) ? PartState.OVERDUE : PartState.RUNNING;
    }

    private static java.time.LocalDate day(Instant i, WorkingCalendar calendar) {
        return i.atZone(calendar.zone()).toLocalDate();
    }
}
