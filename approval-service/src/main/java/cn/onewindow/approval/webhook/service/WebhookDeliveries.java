package cn.onewindow.approval.webhook.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * Keeps a department's events for its webhooks, in the transaction of the act that announces them: an event is kept
 * exactly when its act commits, so none is lost and none is kept twice (a redelivered Kafka record is stopped by the
 * inbox before it gets here; the unique event id per department stops anything else). Only departments with a
 * webhook get rows; a department registering later receives what happens from then on.
 */
@ApplicationScoped
public class WebhookDeliveries {
    /**
     * One of approval's own events, copied from the outbox row written just before it in the same pipeline: the very
     * id, type, source, time and JSON that go to Kafka.
     */
    private static final String PUBLISHED = "insert into webhook_delivery (department_code, case_id, event_id, event_type, "
            + "source, occurred_at, data, recorded_at) select $1, o.aggregate_id, o.event_id::text, o.event_type, o.source, "
            + "o.occurred_at, o.payload, $3 from outbox_event o where o.event_id = $2 and o.payload is not null "
            + "and exists (select 1 from webhook_subscription s where s.department_code = $1)";
    /** An event another service published about a case of this department (the case tells which). */
    private static final String RECEIVED = "insert into webhook_delivery (department_code, case_id, event_id, event_type, "
            + "source, occurred_at, data, recorded_at) select c.department_code, c.case_id, $2, $3, $4, $5, $6, $7 "
            + "from approval_case c where c.case_id = $1 "
            + "and exists (select 1 from webhook_subscription s where s.department_code = c.department_code) "
            + "on conflict (department_code, event_id) do nothing";

    private final Clock clock;
    private final ObjectMapper json;

    public WebhookDeliveries(Clock clock, ObjectMapper json) {
        this.clock = clock;
        this.json = json;
    }

    /**
     * Adds to {@code writes}, after the outbox row of event {@code eventId}, the statement that keeps it for
     * {@code department}'s webhooks: both go in the same round trip of the caller's transaction.
     */
    public void keepPublished(Pipeline writes, String department, UUID eventId) {
        writes.add(PUBLISHED, department, eventId, clock.instant());
    }

    /**
     * Keeps an incoming event about case {@code caseId} for its department's webhooks, in the caller's transaction:
     * {@code value} is the record's value exactly as it came from Kafka (the event's JSON as its publisher wrote it), so
     * the webhook's body is byte for byte what the topic carries; without one, the event's data is written as JSON.
     */
    public Uni<Void> keepReceived(String caseId, EventEnvelope event, String value) {
        String data = value;
        if (data == null) {
            try {
                data = json.writeValueAsString(event.data());
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(new IllegalArgumentException("event " + event.id() + " cannot be written as JSON", e));
            }
        }
        return SessionSql.update(RECEIVED, caseId, event.id(), event.type(), event.source(), event.time(), data, clock.instant())
                .replaceWithVoid();
    }
}
