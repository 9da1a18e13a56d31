package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/** {@code cn.onewindow.case.queued.v1} on {@code onewindow.approval.case.v1}: in the department's work queue, deadline set. */
public record CaseQueued(String caseId, String departmentCode, String queue, Instant queuedAt, Instant deadline,
                         Actor actor) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CaseQueued {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CASE_QUEUED;
    }
}
