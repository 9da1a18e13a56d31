package cn.onewindow.platform.inbox;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The log of events a consumer has already applied; written in the same transaction as the effect. */
@Entity
@Table(name = "processed_event")
@IdClass(ProcessedEvent.Key.class)
public class ProcessedEvent {
    @Id
    public String consumer;
    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String consumer, String eventId) implements Serializable {
    }
}
