package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#CASE_FORWARDED} on {@link Topics#APPROVAL_CASE}. 上报件: the department gave its first-instance
 * opinion ({@code firstInstanceOpinion}, {@code firstInstanceOnTime} against its own limit) and forwarded the file to the
 * higher authority ({@code authorityCode}, reached through the department API), which decides by {@code authorityDueAt}.
 */
public record CaseForwarded(String caseId, String departmentCode, String authorityCode, String authorityName,
                            String firstInstanceOpinion, Instant forwardedAt, boolean firstInstanceOnTime,
                            Instant authorityDueAt, Actor actor) implements CaseEvent {
    public CaseForwarded {
        Contract.require("caseId", caseId);
        Contract.require("authorityCode", authorityCode);
        Contract.require("forwardedAt", forwardedAt);
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CASE_FORWARDED;
    }
}
