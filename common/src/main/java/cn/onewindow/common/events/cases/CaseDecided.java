package cn.onewindow.common.events.cases;

import java.time.Instant;

import cn.onewindow.common.events.Actor;

/**
 * {@code cn.onewindow.case.decided.v1} on {@code onewindow.approval.case.v1}: the department approved
 * (with the result to issue) or denied (with written reasons).
 */
public record CaseDecided(String caseId, String itemCode, String itemName, String departmentCode, String outcome,
                          String resultKind, String resultTitle, String reasons, String applicantName,
                          String deliveryMethod, Instant decidedAt, Actor actor, BundleRef bundle) {
    public static final String APPROVED = "APPROVED";
    public static final String DENIED = "DENIED";
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CaseDecided {
        Contract.require("caseId", caseId);
        Contract.require("itemCode", itemCode);
        Contract.require("departmentCode", departmentCode);
        Contract.require("outcome", outcome);
        Contract.require("applicantName", applicantName);
        Contract.require("deliveryMethod", deliveryMethod);
        Contract.require("decidedAt", decidedAt);
    }
}
