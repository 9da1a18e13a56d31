package cn.onewindow.gateway.service;

import java.time.Instant;

import cn.onewindow.gateway.model.TimelineEntry;

/**
 * That a case changed, as the live boards and queues of every post hear it: which case, which event,
 * when — and nothing of the event's content (names, ID numbers, who acted). A board that hears of a
 * change reloads what its own post may see through its own API; the full entry is in the case's
 * timeline, behind that case's access rules.
 */
public record CaseEventNotice(String eventId, String caseId, String type, String source, Instant occurredAt) {
    public static CaseEventNotice of(TimelineEntry e) {
        return new CaseEventNotice(e.eventId, e.caseId, e.eventType, e.source, e.occurredAt);
    }
}
