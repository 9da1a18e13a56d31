package cn.onewindow.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.gateway.domain.TimelineRedaction;
import cn.onewindow.gateway.model.TimelineEntry;
import cn.onewindow.platform.persistence.SessionSql;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Keeps every case's timeline and pushes each new entry to the connected browsers. */
@ApplicationScoped
public class TimelineService {
    private final Clock clock;
    private final ObjectMapper json;
    private final BroadcastProcessor<CaseEventNotice> live = BroadcastProcessor.create();

    public TimelineService(Clock clock, ObjectMapper json) {
        this.clock = clock;
        this.json = json;
    }

    /** The timeline entry of an event, not yet written ({@link #writeAll}). */
    public TimelineEntry entryOf(EventEnvelope event, String topic) {
        var e = new TimelineEntry();
        e.eventId = event.id();
        e.caseId = event.subject();
        e.eventType = event.type();
        e.source = event.source();
        e.topic = topic;
        e.occurredAt = event.time();
        e.actorName = textOrNull(event.data().path("actor").path("name"));
        e.actorPost = textOrNull(event.data().path("actor").path("post"));
        // every staff post reads timelines: no rating link (its tokens rate the case) is kept in one
        e.data = TimelineRedaction.redacted(event.data()).toString();
        e.receivedAt = clock.instant();
        return e;
    }

    /**
     * Writes a poll's entries in one statement, in the inbox transaction that claimed their events (the live push
     * happens only after the commit): a row per event bound one after the other cost the database an execution each
     * (docs/performance.md, session 28).
     */
    public Uni<Void> writeAll(List<TimelineEntry> entries) {
        int n = entries.size();
        String[] eventIds = new String[n], caseIds = new String[n], types = new String[n], sources = new String[n],
                topics = new String[n], actorNames = new String[n], actorPosts = new String[n], data = new String[n];
        OffsetDateTime[] occurredAt = new OffsetDateTime[n], receivedAt = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            TimelineEntry e = entries.get(i);
            eventIds[i] = e.eventId;
            caseIds[i] = e.caseId;
            types[i] = e.eventType;
            sources[i] = e.source;
            topics[i] = e.topic;
            occurredAt[i] = utc(e.occurredAt);
            actorNames[i] = e.actorName;
            actorPosts[i] = e.actorPost;
            data[i] = e.data;
            receivedAt[i] = utc(e.receivedAt);
        }
        return SessionSql.update("insert into timeline_entry (event_id, case_id, event_type, source, topic, occurred_at, "
                        + "actor_name, actor_post, data, received_at) select * from unnest($1::text[], $2::text[], $3::text[], "
                        + "$4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])",
                        eventIds, caseIds, types, sources, topics, occurredAt, actorNames, actorPosts, data, receivedAt)
                .replaceWithVoid();
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    public void announce(TimelineEntry e) {
        live.onNext(CaseEventNotice.of(e));
    }

    @WithSession
    public Uni<List<TimelineEntry>> timeline(String caseId) {
        return TimelineEntry.find("caseId = ?1 order by occurredAt, receivedAt", caseId).list();
    }

    @WithSession
    public Uni<List<TimelineEntry>> latest(int n) {
        return TimelineEntry.find("order by receivedAt desc").page(0, n).list();
    }

    /** The departments a case's events name (routed to, queued in, decided by…), each once. */
    public List<String> departmentsNamed(List<TimelineEntry> entries) {
        return entries.stream().map(e -> departmentIn(e.data)).filter(d -> d != null && !d.isBlank()).distinct().toList();
    }

    private String departmentIn(String data) {
        try {
            JsonNode d = json.readTree(data == null ? "{}" : data).path("departmentCode");
            return d.isTextual() ? d.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public Multi<CaseEventNotice> live() {
        return live;
    }
}
