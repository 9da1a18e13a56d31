package cn.onewindow.intake.signoff.rest;

import java.time.Instant;
import java.util.List;

import cn.onewindow.intake.signoff.model.SignOff;
import cn.onewindow.intake.signoff.service.SignOffs;

/**
 * A sign-off as the desk and the window see it. {@code minutesLeft}: office minutes until {@code dueAt} (at the decision,
 * once decided); {@code overdue}: still pending past its limit; {@code late}: decided after it. The applicant's ID
 * number is not shown (the desk decides on the file, not on who it is; the take-in compares it).
 */
public record SignOffView(String id, String kind, String status, String hallCode, String itemCode, String items,
                          String applicantKind, String applicantName, String reasons, List<String> problems,
                          String requestedByName, Instant requestedAt, Instant dueAt, long minutesLeft, boolean overdue,
                          String decidedByName, String decidedByPost, String decisionReasons, Instant decidedAt,
                          boolean late, String noticeNumber, String noticeKind, String usedCaseId) {

    public static SignOffView of(SignOffs.Listed l, List<String> problems) {
        SignOff s = l.signOff();
        boolean pending = SignOff.PENDING.equals(s.status);
        return new SignOffView(s.id.toString(), s.kind, s.status, s.hallCode, s.itemCode, s.items, s.applicantKind,
                s.applicantName, s.reasons, problems, s.requestedByName, s.requestedAt, s.dueAt, l.minutesLeft(),
                pending && l.minutesLeft() < 0, s.decidedByName, s.decidedByPost, s.decisionReasons, s.decidedAt,
                Boolean.TRUE.equals(s.decidedLate), s.noticeNumber, s.noticeKind, s.usedCaseId);
    }
}
