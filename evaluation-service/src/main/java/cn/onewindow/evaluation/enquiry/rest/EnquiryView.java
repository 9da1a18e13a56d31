package cn.onewindow.evaluation.enquiry.rest;

import java.time.Instant;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.evaluation.enquiry.model.Enquiry;
import cn.onewindow.platform.observability.PersonalNumbers;

/**
 * An enquiry as the API shows it. The phone whole only to the enquiry desk, who calls the enquirer back (回访); masked
 * for everyone else. {@code dueProvisional}: the due was counted through a year whose holiday notice is not entered
 * (EvaluationDeadlineRecount moves it when it is). {@code answeredLate}: answered after its due.
 */
public record EnquiryView(String number, String status, String source, String forwardedBy, String itemCode, String itemName,
                          String departmentCode, String question, String enquirerName, String phone, String phoneMasked,
                          String receivedBy, Instant receivedAt, Instant dueAt, boolean dueProvisional, String answer,
                          String answeredBy, Instant answeredAt, boolean answeredLate, Instant escalatedAt, int visitAttempts,
                          Boolean visitReached, Integer visitSatisfaction, String visitNote, String visitedBy, Instant visitedAt) {
    static EnquiryView of(Enquiry e, WorkingCalendar calendar, boolean wholePhone) {
        return new EnquiryView(e.number, e.status(), e.source, e.forwardedBy, e.itemCode, e.itemName, e.departmentCode,
                e.question, e.enquirerName, wholePhone ? e.phone : null, PersonalNumbers.mask(e.phone), e.receivedBy,
                e.receivedAt, e.dueAt, calendar.isProvisional(e.receivedAt, e.dueAt), e.answer, e.answeredBy, e.answeredAt,
                e.answeredAt != null && e.answeredAt.isAfter(e.dueAt), e.escalatedAt, e.visitAttempts, e.visitReached,
                e.visitSatisfaction, e.visitNote, e.visitedBy, e.visitedAt);
    }
}
