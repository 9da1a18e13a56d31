package cn.onewindow.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#CONTACT_RECORDED} on {@link Topics#INTAKE_CONTACT}. 联系方式: how the applicant of a case is
 * reached for notices — personal data, on its own compacted topic, never trailed (the take-in that recorded it
 * is).
 */
public record ContactRecorded(String caseId, @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email) implements Event {
    public ContactRecorded {
        Contract.require("caseId", caseId);
    }

    @Override
    public String topic() {
        return Topics.INTAKE_CONTACT;
    }

    @Override
    public String eventType() {
        return EventTypes.CONTACT_RECORDED;
    }

    @Override
    public String aggregateType() {
        return "applicant-contact";
    }

    @Override
    public String key() {
        return caseId;
    }

    @Override
    public boolean trailed() {
        return false;
    }
}
