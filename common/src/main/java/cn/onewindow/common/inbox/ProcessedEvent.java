package cn.onewindow.common.inbox;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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

    public static class Key implements Serializable {
        public String consumer;
        public String eventId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(consumer, k.consumer) && Objects.equals(eventId, k.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consumer, eventId);
        }
    }
}
