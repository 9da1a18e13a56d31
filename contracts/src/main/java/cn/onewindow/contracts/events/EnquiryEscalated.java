package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#ENQUIRY_ESCALATED} on {@link Topics#EVALUATION_CASE}. 督办: an enquiry (咨询 / 热线工单) assigned to
 * {@code departmentCode} was not answered in writing by {@code dueAt} (3 working days). Keyed {@code enquiry-<number>}.
 */
public record EnquiryEscalated(String enquiryNumber, String source, String itemCode, String departmentCode,
                               Instant dueAt, Instant escalatedAt) implements Event {
    public EnquiryEscalated {
        Contract.require("enquiryNumber", enquiryNumber);
    }

    @Override
    public String topic() {
        return Topics.EVALUATION_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.ENQUIRY_ESCALATED;
    }

    @Override
    public String aggregateType() {
        return "enquiry";
    }

    @Override
    public String key() {
        return "enquiry-" + enquiryNumber;
    }
}
