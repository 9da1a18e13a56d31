package cn.onewindow.contracts.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#ESCALATED} on {@link Topics#EVALUATION_CASE}. 督办升级 of a complaint: the supervision order's
 * feedback is overdue. Keyed by the complained-of case, or {@code complaint-<order>} when the complaint names
 * none ({@code caseId} then absent).
 */
public record SupervisionEscalated(@JsonInclude(JsonInclude.Include.NON_NULL) String caseId, String kind, long orderId, String leadSection,
        Instant deadline, Instant at) implements Event {
    @Override
    public String topic() {
        return Topics.EVALUATION_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.ESCALATED;
    }

    @Override
    public String aggregateType() {
        return "case";
    }

    @Override
    public String key() {
        return caseId != null ? caseId : "complaint-" + orderId;
    }
}
