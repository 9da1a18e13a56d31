package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#ESCALATED} on {@link Topics#EVALUATION_CASE}. 督办升级 of a bad rating: the rectification work
 * order missed its {@code stage}'s deadline.
 */
public record RectificationEscalated(String caseId, String kind, long orderId, String stage, String departmentCode, Instant deadline, Instant at) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.EVALUATION_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.ESCALATED;
    }
}
