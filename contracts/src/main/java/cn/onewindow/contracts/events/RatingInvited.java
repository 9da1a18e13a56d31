package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#RATING_INVITED} on {@link Topics#EVALUATION_CASE}. 邀请评价: a delivered case still unrated is
 * invited to rate, once, at {@code link}.
 */
public record RatingInvited(String caseId, String link, Instant deliveredAt, Instant at) implements CaseEvent {
    public RatingInvited {
        Contract.require("caseId", caseId);
        Contract.require("link", link);
    }

    @Override
    public String topic() {
        return Topics.EVALUATION_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.RATING_INVITED;
    }
}
