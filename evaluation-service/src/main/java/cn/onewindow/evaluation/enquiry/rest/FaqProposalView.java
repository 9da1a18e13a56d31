package cn.onewindow.evaluation.enquiry.rest;

import java.time.Instant;

import cn.onewindow.evaluation.enquiry.service.FaqService;

/** An FAQ proposal beside what it was made from: the enquiry's own question and the department's answer. */
public record FaqProposalView(long id, String status, String enquiryNumber, String itemCode, String itemName, String question,
                              String answer, String enquiryQuestion, String departmentAnswer, String proposedBy,
                              Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote) {
    static FaqProposalView of(FaqService.Proposed made) {
        var p = made.proposal();
        var e = made.enquiry();
        return new FaqProposalView(p.id, p.status, p.enquiryNumber, p.itemCode, e == null ? p.itemCode : e.itemName, p.question,
                p.answer, e == null ? null : e.question, e == null ? null : e.answer, p.proposedBy, p.proposedAt, p.decidedBy,
                p.decidedAt, p.decisionNote);
    }
}
