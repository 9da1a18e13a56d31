package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#ACCEPTANCE_DECIDED} on {@link Topics#APPROVAL_CASE}. 受理决定: the back office accepted a file
 * the window had only received; {@code deadline} the decision is due by.
 */
public record AcceptanceDecided(String caseId, String decision, Instant at, Instant deadline, Actor actor) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.ACCEPTANCE_DECIDED;
    }
}
