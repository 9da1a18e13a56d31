package cn.onewindow.gateway.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.gateway.domain.TimelineRedaction;
import cn.onewindow.gateway.model.TimelineEntry;
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

    /** Runs in the inbox transaction; the live push happens only after the commit. */
    public Uni<TimelineEntry> record(EventEnvelope event, String topic) {
        var e = new TimelineEntry();
        e.eventId = event.id();
        e.caseId = event.subject();
        e.eventType = event.type();
        e.source = event.source();
        e.topic = topic;
        e.occurredAt = event.time();
        JsonNode actor = event.data().path("actor");
        e.actorName = actor.path("name").isMissingNode() || actor.path("name").isNull() ? null : actor.path("name").asText();
        e.actorPost = actor.path("post").isMissingNode() || actor.path("post").isNull() ? null : actor.path("post").asText();
        // every staff post reads timelines: no rating link (its tokens rate the case) is kept in one
        e.data = TimelineRedaction.redacted(event.data()).toString();
        e.receivedAt = clock.instant();
        return e.persist().replaceWith(e);
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
