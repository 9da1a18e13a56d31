package cn.onewindow.gateway.service;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.onewindow.gateway.model.TimelineEntry;

/** A timeline entry as the web app shows it. */
public record TimelineView(String eventId, String caseId, String type, String source, Instant occurredAt,
                           String actorName, String actorPost, @JsonRawValue String data) {
    public static TimelineView of(TimelineEntry e) {
        return new TimelineView(e.eventId, e.caseId, e.eventType, e.source, e.occurredAt, e.actorName, e.actorPost, e.data);
    }
}
