package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * {@link EventTypes#CLOCK_RESUMED} on {@link Topics#APPROVAL_CASE}. 计时恢复: the clock runs again; {@code deadline}
 * is the decision's new due time.
 */
public record ClockResumed(String caseId, ClockKind clock, String reason, Instant at, Instant deadline, Actor actor) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CLOCK_RESUMED;
    }
}
