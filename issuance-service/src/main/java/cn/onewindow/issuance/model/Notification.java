package cn.onewindow.issuance.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One applicant notice in the notification outbox: pending until a sender confirms it, failures visible. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    @Id
    public UUID id;
    @Column(name = "case_id")
    public String caseId;
    public String kind;
    public String channel;
    public String recipient;
    public String body;
    public String status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    /*
     * A notice waiting for the applicant's contact is stored with next_attempt_at 'infinity' (NoticesAwaitingContact,
     * plain SQL: the dispatcher never picks it). No Instant holds that value — reading it overflowed and failed the
     * clerk's PENDING list — so it is read as null (no due time); the dispatcher only loads due notices, never these.
     */
    @Column(name = "next_attempt_at")
    @org.hibernate.annotations.ColumnTransformer(read = "nullif(next_attempt_at, 'infinity')")
    public Instant nextAttemptAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
}
