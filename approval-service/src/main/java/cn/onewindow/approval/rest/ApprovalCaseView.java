package cn.onewindow.approval.rest;

import java.time.Instant;

import cn.onewindow.approval.model.ApprovalCase;

/** A case in the department queue. */
public record ApprovalCaseView(String caseId, String itemCode, String itemName, String departmentCode, String queue,
                               String applicantName, String status, Instant queuedAt, Instant deadline, String outcome,
                               String resultTitle, String decidedByName, Instant decidedAt) {
    public static ApprovalCaseView of(ApprovalCase c) {
        return new ApprovalCaseView(c.caseId, c.itemCode, c.itemName, c.departmentCode, c.queue, c.applicantName,
                c.status, c.queuedAt, c.deadline, c.outcome, c.resultTitle, c.decidedByName, c.decidedAt);
    }
}
