package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * {@link EventTypes#OVERDUE} on {@link Topics#ISSUANCE_CASE}. 超期: one of issuance's limits ({@code clock})
 * passed without its act.
 */
public record IssuanceOverdue(String caseId, ClockKind clock, String departmentCode, Instant deadline, Instant at) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.ISSUANCE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.OVERDUE;
    }
}
