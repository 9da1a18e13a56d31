package cn.onewindow.issuance.rest;

import java.time.Instant;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.issuance.domain.IssuanceLimits;
import cn.onewindow.issuance.model.IssuanceRecord;

/**
 * A result at the issuance window as the API shows it. Besides the two limits' due times ({@code arrivalDueAt},
 * {@code notifyDueAt}, the notice deadline) it says whether each was missed (#22 item 11): {@code arrivalOverdueAt}
 * / {@code notifyOverdueAt} when the limits monitor flagged it, {@code lateHandover} when the department handed the
 * result over after its arrival limit, and {@code arrivalOverdue} / {@code noticeOverdue} for either way of being
 * late — so a supervisor sees it on the record, not only as a timeline event. {@code arrivalDueProvisional} /
 * {@code notifyDueProvisional}: that due time was counted through a year whose holiday notice is not entered (weekends
 * alone guessed it, shown as 暂定); asked of the calendar at each read, so it turns false once the year is entered and
 * {@code IssuanceDeadlineRecount} has counted the open limit again. {@code pickupHallCode} (区域通办): the hall whose
 * issuance window hands it out; null for a result placed before halls (the home hall).
 */
public record IssuanceView(String caseId, String departmentCode, String outcome, String resultTitle,
                           String applicantName, String deliveryMethod, String status, Instant readyAt,
                           Instant deliveredAt, String receivedBy, String handedByName, String bundleId,
                           Instant arrivalDueAt, Instant arrivedAt, Instant notifyDueAt, Instant notifiedAt,
                           String carrier, String waybill, String mailStatus, int mailReturns, String receiverRole,
                           Instant arrivalOverdueAt, boolean lateHandover, boolean arrivalOverdue,
                           Instant notifyOverdueAt, boolean noticeOverdue,
                           boolean arrivalDueProvisional, boolean notifyDueProvisional, String pickupHallCode) {
    public static IssuanceView of(IssuanceRecord r, WorkingCalendar calendar) {
        boolean lateHandover = IssuanceLimits.late(r.arrivedAt, r.arrivalDueAt);
        boolean lateNotice = IssuanceLimits.late(r.notifiedAt, r.notifyDueAt);
        return new IssuanceView(r.caseId, r.departmentCode, r.outcome, r.resultTitle, r.applicantName,
                r.deliveryMethod, r.status, r.readyAt, r.deliveredAt, r.receivedBy, r.handedByName, r.bundleId,
                r.arrivalDueAt, r.arrivedAt, r.notifyDueAt, r.notifiedAt,
                r.carrier, r.waybill, r.mailStatus, r.mailReturns, r.receiverRole,
                r.arrivalOverdueAt, lateHandover, lateHandover || r.arrivalOverdueAt != null,
                r.notifyOverdueAt, lateNotice || r.notifyOverdueAt != null,
                provisional(calendar, r.decidedAt, r.arrivalDueAt), provisional(calendar, r.arrivedAt, r.notifyDueAt),
                r.pickupHallCode);
    }

    private static boolean provisional(WorkingCalendar calendar, Instant start, Instant due) {
        return start != null && due != null && calendar.isProvisional(start, due);
    }
}
