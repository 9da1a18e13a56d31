package cn.onewindow.common.events.cases;

import java.time.Instant;

import cn.onewindow.common.events.Actor;

/** {@code cn.onewindow.case.routed.v1} on {@code onewindow.routing.case.v1}: assigned to a department's back office. */
public record CaseRouted(String caseId, String itemCode, String itemName, String departmentCode, String queue,
                         String itemType, int promisedDays, String applicantName, String deliveryMethod,
                         Instant acceptedAt, Instant routedAt, Actor actor, BundleRef bundle,
                         String intakePath, Actor firstHandler, Instant deferredUntil) {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CaseRouted {
        Contract.require("caseId", caseId);
        Contract.require("itemCode", itemCode);
        Contract.require("departmentCode", departmentCode);
        Contract.require("queue", queue);
        Contract.require("applicantName", applicantName);
        Contract.require("deliveryMethod", deliveryMethod);
        Contract.require("acceptedAt", acceptedAt);
    }
}
