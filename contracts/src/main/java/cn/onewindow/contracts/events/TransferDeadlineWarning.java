package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * {@link EventTypes#DEADLINE_WARNING} on {@link Topics#ROUTING_CASE}. 预警: the paper file's transfer to the
 * department is due soon.
 */
public record TransferDeadlineWarning(String caseId, ClockKind clock, String departmentCode, Instant deadline, Instant at) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.ROUTING_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.DEADLINE_WARNING;
    }
}
