package cn.onewindow.contracts.events;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#CONTACT_ERASED} on {@link Topics#INTAKE_CONTACT}. 联系方式删除: the tombstone of a case's contact
 * — the case key with no value, so compaction drops the phone and e-mail for good. Sent without data: only its
 * key and type travel.
 */
public record ContactErased(String caseId) implements Event {
    @Override
    public String topic() {
        return Topics.INTAKE_CONTACT;
    }

    @Override
    public String eventType() {
        return EventTypes.CONTACT_ERASED;
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

    @Override
    public boolean tombstone() {
        return true;
    }
}
