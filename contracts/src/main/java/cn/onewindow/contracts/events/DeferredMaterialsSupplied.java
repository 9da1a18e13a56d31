package cn.onewindow.contracts.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#DEFERRED_MATERIALS_SUPPLIED} on {@link Topics#INTAKE_CASE}. 容缺补交: owed materials arrived; {@code
 * complete} tells whether anything is still owed.
 */
public record DeferredMaterialsSupplied(String caseId, List<String> supplied, @JsonProperty(required = true) boolean complete, Instant suppliedAt, Actor actor) implements CaseEvent {
    /** {@code complete} is required: read as false when absent, a complete case would wait for nothing forever. */
    public DeferredMaterialsSupplied {
        Contract.require("caseId", caseId);
    }

    @Override
    public String topic() {
        return Topics.INTAKE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.DEFERRED_MATERIALS_SUPPLIED;
    }
}
