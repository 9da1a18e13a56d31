package cn.onewindow.issuance.rest;

import java.time.Instant;

import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.service.WrittenDecisions;

/**
 * What a negative decision's written decision says, on its issuance record (#22 item 10): reasons, legal basis,
 * the deciding authority, the remedies, the letter's PDF and — for a 容缺 termination — when the written denial
 * was due (2 working days).
 */
public record WrittenDecisionView(String outcome, String title, String reasons, String legalBasis, String authority,
                                  String remedies, Instant denialDueAt, String letter) {
    public static WrittenDecisionView of(IssuanceRecord r) {
        var d = WrittenDecisions.of(r);
        return new WrittenDecisionView(r.outcome, d.letterTitle(), r.reasons, r.legalBasis,
                r.authority == null ? r.departmentCode : r.authority, r.remedies,
                r.denialDueAt, WrittenDecisions.path(r.caseId));
    }
}
