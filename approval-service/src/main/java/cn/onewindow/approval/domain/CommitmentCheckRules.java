package cn.onewindow.approval.domain;

import java.time.Instant;

import cn.onewindow.calendar.WorkingCalendar;

/**
 * 证明事项告知承诺制 in the back office: a proof the applicant replaced by a signed commitment is verified after the
 * approval (事中事后核查), within the item version's {@code commitmentCheckDays} working days from the decision, on the
 * official calendar. The outcome is TRUE (the commitment holds) or FALSE (承诺不实), which needs the finding in words:
 * it revokes the result and blacklists the applicant, who is owed the reason.
 */
public final class CommitmentCheckRules {
    /**
     * The limit when the item version names none (published before commitments existed): the 20 working days the hall's
     * catalogue gives its commitment items.
     */
    public static final int DEFAULT_CHECK_DAYS = 20;

    /** Where one verification stands at an instant. */
    public enum Status { AWAITING_DECISION, DUE, OVERDUE, CHECKED }

    private CommitmentCheckRules() {
    }

    /** The instant the verification's limit runs out: close of the last of {@code days} working days after the decision. */
    public static Instant due(WorkingCalendar calendar, Instant decidedAt, Integer days) {
        return calendar.deadline(decidedAt, days == null || days < 1 ? DEFAULT_CHECK_DAYS : days);
    }

    public static Status status(Instant dueAt, String outcome, Instant now) {
        if (outcome != null) {
            return Status.CHECKED;
        }
        if (dueAt == null) {
            return Status.AWAITING_DECISION;
        }
        return now.isBefore(dueAt) ? Status.DUE : Status.OVERDUE;
    }

    /** Whether a finding is complete: FALSE needs what was found. */
    public static boolean noteMissing(String outcome, String note) {
        return "FALSE".equals(outcome) && (note == null || note.isBlank());
    }
}
