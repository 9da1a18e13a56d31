package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * {@link EventTypes#OVERDUE} on {@link Topics#APPROVAL_CASE}. 超期: the department's decision is past its deadline
 * ({@code assigneeId} empty while nobody holds the case).
 */
public record ApprovalOverdue(String caseId, String departmentCode, ClockKind clock, Instant deadline, Instant at, String assigneeId) implements CaseEvent {
    /** What routing escalates by: the case, its department and which clock ran out. */
    public ApprovalOverdue {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
        Contract.require("clock", clock);
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.OVERDUE;
    }
}
