package cn.onewindow.platform.outbox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.Event;
import cn.onewindow.platform.observability.CaseIdLogContext;
import cn.onewindow.platform.observability.TraceContext;
import cn.onewindow.platform.persistence.Pipeline;
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
    /** The trail's actor columns of an event that names no actor: all empty. */
    private static final Actor NOBODY = new Actor(null, null, null, null, null, null, null);
    /*
     * The rows are written with plain SQL on the transaction's connection, the outbox row and its trail entry in one
     * statement: every event of every service passes here, and as two entities they cost two round trips plus
     * Hibernate's insert machinery for rows the session never reads again (docs/performance.md, session 12).
     */
    private static final String OUTBOX_ROW = "insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, "
            + "event_type, source, payload, occurred_at, traceparent) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

    private final ObjectMapper json;
    private final Clock clock;
    private final String source;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper json, Clock clock, OutboxRelay relay,
                  @ConfigProperty(name = "quarkus.application.name") String service) {
        this.json = json;
        this.clock = clock;
        this.relay = relay;
        this.source = "/onewindow/" + service;
    }

    /** Adds {@code event} to the outbox of the current transaction and returns its event id. */
    public Uni<UUID> publish(Event event) {
        if (event.tombstone()) {
            return tombstone(event);
        }
        var writes = new Pipeline();
        try {
            UUID id = publish(writes, event);
            return writes.run().replaceWith(id);
        } catch (IllegalArgumentException ex) {
            return Uni.createFrom().failure(ex);
        }
    }

    /**
     * Adds the event's outbox row (and, where the contract says it is trailed, its trail entry) to {@code writes} and
     * returns its event id: the caller sends them with its other writes ({@link Pipeline#run()}) inside the same
     * transaction.
     *
     * @throws IllegalArgumentException when the event cannot be written as JSON, or is a tombstone (no value to write)
     */
    public UUID publish(Pipeline writes, Event event) {
        if (event.tombstone()) {
            throw new IllegalArgumentException(event.eventType() + " is a tombstone: publish it on its own");
        }
        OutboxEvent e = row(event);
        try {
            e.payload = json.writeValueAsString(event);
        } catch (IllegalArgumentException | JsonProcessingException ex) {
            throw new IllegalArgumentException("event data cannot be written as JSON", ex);
        }
        // one log line per transition: with the case id, trace id and actor's act, what the operators grep for — once the
        // rows are written, when a case number the database takes in the same writes is known (Pipeline.defer)
        writes.whenSent(() -> {
            String id = writes.fill(e.aggregateId);
            if ("case".equals(e.aggregateType)) {
                MDC.put(CaseIdLogContext.CASE_ID, id);
            }
            LOG.infof("%s %s: %s (event %s)", e.aggregateType, id, e.eventType, e.eventId);
        });
        if (!event.trailed()) {
            writes.add(OUTBOX_ROW, e.eventId, e.topic, e.aggregateType, e.aggregateId, e.eventType, e.source,
                    e.payload, e.occurredAt, e.traceparent);
        } else {
            // the act behind the event, for the trail (全程留痕): who, post, department, delegation, catalogue version
            Actor a = event.actor();
            if (a == null) {
                a = NOBODY;
            }
            // a data-modifying WITH runs to completion whether or not the outer statement reads it
            writes.add("with o as (" + OUTBOX_ROW + ") insert into trail_entry (event_id, aggregate_type, "
                            + "aggregate_id, event_type, occurred_at, what, actor_id, actor_name, actor_post, actor_department, "
                            + "delegation, catalogue_version) values ($1, $3, $4, $5, $8, $7, $10, $11, $12, $13, $14, $15)",
                    e.eventId, e.topic, e.aggregateType, e.aggregateId, e.eventType, e.source, e.payload, e.occurredAt,
                    e.traceparent, a.userId(), a.name(), a.post(), a.department(), a.delegation(), a.catalogueVersion());
        }
        return e.eventId;
    }

    /**
     * A tombstone: a record with the event's key and no value, by which a compacted topic drops every earlier record of
     * that key once the broker compacts it (and, after {@code delete.retention.ms}, the tombstone itself). It carries the
     * CloudEvents headers like any event ({@code type} says what was deleted), so consumers apply it once through their
     * inbox; its value is null (CloudEventBinding.fromRecord). A tombstone is no act of anyone's and is never trailed:
     * the act that made it obsolete is.
     */
    private Uni<UUID> tombstone(Event event) {
        OutboxEvent e = row(event);
        LOG.infof("%s %s: %s, tombstone (event %s)", e.aggregateType, e.aggregateId, e.eventType, e.eventId);
        return Panache.getSession().flatMap(s -> s.persist(e)).replaceWith(e.eventId);
    }

    /** An outbox row without its payload: the event's identity, address and time, and the act's trace. */
    private OutboxEvent row(Event event) {
        OutboxEvent e = new OutboxEvent();
        e.eventId = UUID.randomUUID();
        e.topic = event.topic();
        e.aggregateType = event.aggregateType();
        e.aggregateId = event.key();
        e.eventType = event.eventType();
        e.source = source;
        // the database keeps microseconds: the trail's hash is computed from what it reads back
        e.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.traceparent = TraceContext.current();
        relay.written();
        return e;
    }
}
