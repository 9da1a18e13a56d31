package cn.onewindow.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.Channel;

/**
 * {@link EventTypes#CONTACT_RECORDED} on {@link Topics#INTAKE_CONTACT}. 联系方式: how the applicant of a case is
 * reached for notices — personal data, on its own compacted topic, never trailed (the take-in that recorded it
 * is). {@code channel} POST: the applicant of a postal application (快递寄送材料) is not in the hall, so every notice
 * the window would hand over goes to this contact instead (issuance sends it).
 */
public record ContactRecorded(String caseId, @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) Channel channel) implements Event {
    public ContactRecorded {
        Contract.require("caseId", caseId);
    }

    /** The contact of an applicant who came to the window (the channel is absent then, as in records before it). */
    public ContactRecorded(String caseId, String phone, String email) {
        this(caseId, phone, email, null);
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
