package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#CASE_CLAIMED} on {@link Topics#APPROVAL_CASE}. 认领: a reviewer (or the balancer) took the
 * case from the department queue.
 */
public record CaseClaimed(String caseId, String assigneeId, String assigneeName, Instant at, Actor actor) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CASE_CLAIMED;
    }
}
