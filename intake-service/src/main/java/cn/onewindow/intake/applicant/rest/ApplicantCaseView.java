package cn.onewindow.intake.applicant.rest;

import java.time.Instant;
import java.util.List;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.intake.applicant.service.ApplicantCases;
import cn.onewindow.intake.takein.rules.CaseProgress;

/**
 * A case as its applicant sees it: no clerk, no delegation, no ID number (they know their own). {@code status} is the
 * one the window shows ({@link CaseProgress#shown}); {@code deadline} the end of the item's promised limit
 * (承诺办结时限) counted in working days from the take-in — provisional: a department's stopped clock (补正, fees)
 * moves it later, and {@code deadlineProvisional} says the calendar of its year is not entered yet.
 * {@code notices}: what the hall sent about the case (supplement notices); {@code owed}: materials still owed
 * (容缺, or asked for by the department), in the case's detail only.
 */
public record ApplicantCaseView(String caseId, String itemCode, String itemName, String departmentName, String status,
                                String decision, Instant acceptedAt, Instant deadline, boolean deadlineProvisional,
                                String document, String deliveryMethod, List<Notice> notices, List<Owed> owed) {

    public record Notice(String number, String kind, Instant issuedAt) {
    }

    public record Owed(String code, String name, String reason, Instant dueAt, boolean supplied) {
    }

    static ApplicantCaseView of(ApplicantCases.Found f, WorkingCalendar calendar, boolean detail) {
        var c = f.c();
        Instant deadline = ApplicantCases.promisedBy(f, calendar);
        return new ApplicantCaseView(c.caseId, c.itemCode, f.item() == null ? null : f.item().name,
                f.item() == null ? null : f.item().departmentName, CaseProgress.shown(c.status(), c.progress, c.decision),
                c.decision, c.acceptedAt, deadline, deadline != null && calendar.isProvisional(f.limitsFrom(), deadline),
                c.documentKind, c.deliveryMethod,
                f.notices().stream().map(n -> new Notice(n.noticeNumber, n.kind, n.issuedAt)).toList(),
                detail ? f.owed().stream().map(m -> new Owed(m.materialCode, m.materialName, m.reason, m.dueAt,
                        m.suppliedAt != null)).toList() : null);
    }
}
