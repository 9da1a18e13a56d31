package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#TRANSFER_HANDED_OVER} on {@link Topics#ROUTING_CASE}. 物料流转: the department confirmed
 * receiving the paper file ({@code onTime} against {@code dueAt}).
 */
public record TransferHandedOver(String caseId, String departmentCode, String materials, Instant at, Instant dueAt, boolean onTime, Actor actor) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.ROUTING_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.TRANSFER_HANDED_OVER;
    }
}
