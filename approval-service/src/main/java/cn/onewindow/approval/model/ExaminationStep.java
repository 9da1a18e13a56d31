package cn.onewindow.approval.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An examination step (审查环节): site check, inspection, expert review, fee, or a supplement request. */
@Entity
@Table(name = "examination_step")
public class ExaminationStep extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public String caseId;
    public String kind;
    public String note;
    @Column(name = "amount_cents")
    public Long amountCents;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ended_by")
    public String endedBy;
    public String outcome;
    @Column(name = "payment_ref")
    public String paymentRef;
    /** A supplement request's round on the case: 1 for the first; null for other steps. */
    @Column(name = "request_round")
    public Integer requestRound;
    /** A later round's reason: the problem the newly supplied material raised (null otherwise). */
    @Column(name = "repeat_reason")
    public String repeatReason;
}
