package cn.onewindow.gateway.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One event on a case's timeline. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "event_type")
    public String eventType;
    public String source;
    public String topic;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "actor_post")
    public String actorPost;
    public String data;
    @Column(name = "received_at")
    public Instant receivedAt;
}
