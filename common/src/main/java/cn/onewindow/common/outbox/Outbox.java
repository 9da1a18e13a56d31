package cn.onewindow.common.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.common.observability.CaseIdLogContext;
import cn.onewindow.common.observability.TraceContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Records an event in the outbox of the current transaction. Call it only inside
 * {@code Panache.withTransaction} (or a {@code @WithTransaction} method) together with the state
 * change the event announces; the relay sends it after the commit.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;

    public Outbox(ObjectMapper json, Clock clock, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.json = json;
        this.clock = clock;
        this.source = "/onewindow/" + service;
    }

    /** Adds a case event (aggregate type "case", key = case number) and returns its event id. */
    public Uni<UUID> caseEvent(String topic, String caseId, String type, Object data) {
        return publish(topic, "case", caseId, type, data);
    }

    public Uni<UUID> publish(String topic, String aggregateType, String aggregateId, String type, Object data) {
        OutboxEvent e = new OutboxEvent();
        e.eventId = UUID.randomUUID();
        e.topic = topic;
        e.aggregateType = aggregateType;
        e.aggregateId = aggregateId;
        e.eventType = type;
        e.source = source;
        e.occurredAt = clock.instant();
        e.traceparent = TraceContext.current();
        try {
            e.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException ex) {
            return Uni.createFrom().failure(new IllegalArgumentException("event data cannot be written as JSON", ex));
        }
        if ("case".equals(aggregateType)) {
            MDC.put(CaseIdLogContext.CASE_ID, aggregateId);
        }
        // one log line per transition: with the case id, trace id and actor's act, what the operators grep for
        LOG.infof("%s %s: %s (event %s)", aggregateType, aggregateId, type, e.eventId);
        return Panache.getSession().flatMap(s -> s.persist(e)).replaceWith(e.eventId);
    }
}
