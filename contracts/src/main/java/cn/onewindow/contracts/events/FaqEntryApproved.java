package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#FAQ_ENTRY_APPROVED} on {@link Topics#EVALUATION_CASE}. 常见问题: the hall admin approved an answered
 * enquiry's question and answer (in the admin's own wording) as an FAQ entry of the item; the public service guide shows
 * it from then on. Keyed {@code faq-<item code>}, so an item's entries stay in order.
 */
public record FaqEntryApproved(String itemCode, String question, String answer, String enquiryNumber, Instant approvedAt,
                               Actor actor) implements Event {
    public FaqEntryApproved {
        Contract.require("itemCode", itemCode);
        Contract.require("question", question);
        Contract.require("answer", answer);
    }

    @Override
    public String topic() {
        return Topics.EVALUATION_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.FAQ_ENTRY_APPROVED;
    }

    @Override
    public String aggregateType() {
        return "faq";
    }

    @Override
    public String key() {
        return "faq-" + itemCode;
    }
}
