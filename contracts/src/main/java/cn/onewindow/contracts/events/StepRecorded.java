package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#STEP_RECORDED} on {@link Topics#APPROVAL_CASE}. 审查环节: a site check, inspection, expert
 * review or fee started or completed ({@code phase}); {@code outcome} empty until completed.
 */
public record StepRecorded(String caseId, String stepId, String kind, String phase, Instant at, String outcome, Actor actor) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.STEP_RECORDED;
    }
}
