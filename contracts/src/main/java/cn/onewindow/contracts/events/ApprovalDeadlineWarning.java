package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * {@link EventTypes#DEADLINE_WARNING} on {@link Topics#APPROVAL_CASE}. 预警: the department's decision is due soon
 * ({@code assigneeId} empty while nobody holds the case).
 */
public record ApprovalDeadlineWarning(String caseId, String departmentCode, ClockKind clock, Instant deadline, Instant at, String assigneeId) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.DEADLINE_WARNING;
    }
}
