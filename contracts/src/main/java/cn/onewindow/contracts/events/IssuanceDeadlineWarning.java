package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * {@link EventTypes#DEADLINE_WARNING} on {@link Topics#ISSUANCE_CASE}. 预警: one of issuance's limits ({@code
 * clock}: hand-over, pickup, …) is near.
 */
public record IssuanceDeadlineWarning(String caseId, ClockKind clock, String departmentCode, Instant deadline, Instant at) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.ISSUANCE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.DEADLINE_WARNING;
    }
}
