package cn.onewindow.contracts.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#ESCALATED} on {@link Topics#ROUTING_CASE}. 督办升级 by routing: a transfer or a department's
 * limit passed; the coordinator must act ({@code deadline} absent where the limit is not the transfer's).
 */
public record RoutingEscalated(String caseId, String kind, String departmentCode, String details, @JsonInclude(JsonInclude.Include.NON_NULL)
        Instant deadline, Instant at, Actor actor) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.ROUTING_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.ESCALATED;
    }
}
