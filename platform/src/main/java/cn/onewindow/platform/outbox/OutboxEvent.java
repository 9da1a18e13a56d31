package cn.onewindow.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event waiting to be relayed to Kafka. Written in the same transaction as the state change it
 * announces (transactional outbox), so the change and its event commit or roll back together.
 * Every service's Flyway migrations create the table (see V1__outbox_and_inbox.sql).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;
    @Column(nullable = false)
    public String topic;
    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(nullable = false)
    public String source;
    /** The event's JSON; null for a tombstone (Outbox.tombstone), which goes out as a record without a value. */
    @Column(columnDefinition = "text")
    public String payload;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** The trace of the act that wrote the event (W3C traceparent), null outside any trace. */
    @Column
    public String traceparent;
}
