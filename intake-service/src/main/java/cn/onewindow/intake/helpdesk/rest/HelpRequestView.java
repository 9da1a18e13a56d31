package cn.onewindow.intake.helpdesk.rest;

import java.time.Instant;

import cn.onewindow.intake.helpdesk.model.HelpRequest;
import cn.onewindow.intake.helpdesk.rules.HelpAnswerRules;

/**
 * A help request as the desk's list shows it: the phone masked (the list is on screens in the hall), the answer's due
 * instant and, while open, the seconds left to answer in time (negative once late).
 */
public record HelpRequestView(String id, String hallCode, String channel, String itemCode, String applicantName,
                              String phone, String question, Instant createdAt, int answerLimitSeconds, Instant dueAt,
                              Long secondsLeft, Instant answeredAt, String answeredByName, String resolution, String note,
                              Boolean inTime, String caseId) {
    static HelpRequestView of(HelpRequest h, Instant now) {
        return new HelpRequestView(h.id.toString(), h.hallCode, h.channel, h.itemCode, h.applicantName,
                HelpAnswerRules.maskPhone(h.phone), h.question, h.createdAt, h.answerLimitSeconds, h.dueAt(),
                h.answered() ? null : HelpAnswerRules.secondsLeft(h.createdAt, h.answerLimitSeconds, now), h.answeredAt,
                h.answeredByName, h.resolution, h.note, h.inTime, h.caseId);
    }
}
