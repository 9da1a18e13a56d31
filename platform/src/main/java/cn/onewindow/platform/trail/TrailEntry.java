package cn.onewindow.platform.trail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One act in the trail (全程留痕), written with the event that announces it, in the same transaction.
 * Append-only (a trigger refuses updates and deletes, R__trail.sql); the chainer later gives it its
 * position and hash, once.
 */
@Entity
@Table(name = "trail_entry")
public class TrailEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public Long position;
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;
    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "actor_post")
    public String actorPost;
    @Column(name = "actor_department")
    public String actorDepartment;
    public String delegation;
    @Column(name = "catalogue_version")
    public String catalogueVersion;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(nullable = false, columnDefinition = "text")
    public String what;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;

    TrailChain.Entry toChainEntry(long atPosition, String prev) {
        return new TrailChain.Entry(atPosition, eventId.toString(), aggregateType, aggregateId, eventType, actorId,
                actorName, actorPost, actorDepartment, delegation, catalogueVersion, occurredAt, what, prev, null);
    }
}
