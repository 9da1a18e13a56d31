package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * {@link EventTypes#CLOCK_STOPPED} on {@link Topics#APPROVAL_CASE}. 计时暂停: the department's clock ({@code clock}:
 * its kind) stopped where the law stops it, for {@code reason}.
 */
public record ClockStopped(String caseId, ClockKind clock, String reason, Instant at, Actor actor) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CLOCK_STOPPED;
    }
}
