package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#TRANSFER_PICKED_UP} on {@link Topics#ROUTING_CASE}. 物料流转: the runner picked the paper file
 * up ({@code onTime} against {@code dueAt}). {@code carrier} and {@code waybill}: the express company and its waybill
 * number when the paper travels between halls (区域通办: the taking hall posts it to the owning hall); null for the
 * hall's own runner.
 */
public record TransferPickedUp(String caseId, String departmentCode, String materials, Instant at, Instant dueAt, boolean onTime, Actor actor,
                               String carrier, String waybill) implements CaseEvent {
    /** Carried by the hall's runner (every transfer within one hall, and events recorded before express transfers). */
    public TransferPickedUp(String caseId, String departmentCode, String materials, Instant at, Instant dueAt, boolean onTime,
                            Actor actor) {
        this(caseId, departmentCode, materials, at, dueAt, onTime, actor, null, null);
    }

    @Override
    public String topic() {
        return Topics.ROUTING_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.TRANSFER_PICKED_UP;
    }
}
