package cn.onewindow.common.events.cases;

import java.time.Instant;

import cn.onewindow.common.events.Actor;

/** {@code cn.onewindow.case.queued.v1} on {@code onewindow.approval.case.v1}: in the department's work queue, deadline set. */
public record CaseQueued(String caseId, String departmentCode, String queue, Instant queuedAt, Instant deadline,
                         Actor actor) {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CaseQueued {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
    }
}
