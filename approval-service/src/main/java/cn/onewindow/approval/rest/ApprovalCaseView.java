package cn.onewindow.approval.rest;

import java.time.Instant;
import java.time.LocalDate;

import cn.onewindow.approval.model.ApprovalCase;

/**
 * A case as the department sees it, with its clock: NORMAL, WARNING, OVERDUE or STOPPED while open
 * (the queue's colours), null once decided. {@code deadlineProvisional}: the deadline was counted through
 * a year whose holiday notice is not entered (weekends alone), and moves when it is. {@code denialDueAt}: a
 * terminated 容缺 case's written denial is due by then (2 working days); {@code departmentName} and
 * {@code legalBasis}: the authority and the provisions as the written decision prints them. {@code hallCode},
 * {@code owningHallCode}, {@code pickupHallCode} (区域通办): where the file was taken in, whose department decides (its
 * hours count the clock) and where the result is collected; null for a case queued before halls (the home hall).
 * {@code part} (联审联办 / 上报件, joint.domain.JointRules): the reading department's part in the case — DECISION (its own),
 * FIRST_INSTANCE (its own FORWARDED case), JOINT_OPINION (a co-department's opinion), AUTHORITY_DECISION (forwarded to it);
 * {@code cursor} is that entry's place in the reading department's feed.
 */
public record ApprovalCaseView(String caseId, String itemCode, String itemName, String departmentCode, String queue,
                               String applicantName, String status, String intakePath, String bundleId, Instant acceptedAt,
                               Instant queuedAt, String assigneeName, String clockKind, String clockState, Instant deadline,
                               boolean deadlineProvisional,
                               Instant warnAt, Instant deferredUntil, String outcome, String resultKind, String resultTitle,
                               String resultNumber, LocalDate validUntil, String reasons, String remedies,
                               String decidedByName, Instant decidedAt, long cursor, Instant denialDueAt,
                               String departmentName, String legalBasis, String hallCode, String owningHallCode,
                               String pickupHallCode, String part) {
    public static ApprovalCaseView of(ApprovalCase c, Instant now, cn.onewindow.calendar.WorkingCalendar calendar) {
        return of(c, now, calendar, "FORWARDED".equals(c.itemType) ? "FIRST_INSTANCE" : "DECISION", c.feedSeq);
    }

    /** The case as one department's part of the work, at its cursor in that department's feed. */
    public static ApprovalCaseView of(ApprovalCase c, Instant now, cn.onewindow.calendar.WorkingCalendar calendar, String part,
                                      long cursor) {
        return new ApprovalCaseView(c.caseId, c.itemCode, c.itemName, c.departmentCode, c.queue, c.applicantName, c.status,
                c.intakePath, c.bundleId, c.acceptedAt, c.queuedAt, c.assigneeName, c.clockKind, clockState(c, now), c.deadline,
                c.deadline != null && c.clockStart != null && calendar.isProvisional(c.clockStart, c.deadline),
                c.warnAt, c.deferredUntil, c.outcome, c.resultKind, c.resultTitle, c.resultNumber, c.validUntil, c.reasons,
                c.remedies, c.decidedByName, c.decidedAt, cursor, c.denialDueAt, c.departmentName, c.legalBasis,
                c.hallCode, c.owningHallCode, c.pickupHallCode, part);
    }

    /** The state from the stored, derived deadline and warning time (the same rule as ApprovalClock.state). */
    static String clockState(ApprovalCase c, Instant now) {
        if (!c.open()) {
            return null;
        }
        if (c.deadline == null) {
            return "STOPPED";
        }
        if (!now.isBefore(c.deadline)) {
            return "OVERDUE";
        }
        return c.warnAt != null && !now.isBefore(c.warnAt) ? "WARNING" : "NORMAL";
    }
}
