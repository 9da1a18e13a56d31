package cn.onewindow.evaluation.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A 办不成事 complaint as a supervision work order (督办工单): lead section, written feedback, deadline. */
@Entity
@Table(name = "supervision_order")
public class SupervisionOrder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "complainant_name")
    public String complainantName;
    public String phone;
    public String content;
    public String channel;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_by_id")
    public String receivedById;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "feedback_due_at")
    public Instant feedbackDueAt;
    /** The department that owns the order once the supervisor names it; only it (or the supervisor) answers. */
    @Column(name = "lead_section")
    public String leadSection;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "assigned_by_id")
    public String assignedById;
    public String feedback;
    @Column(name = "feedback_by")
    public String feedbackBy;
    @Column(name = "feedback_by_id")
    public String feedbackById;
    @Column(name = "feedback_at")
    public Instant feedbackAt;
    @Column(name = "escalated_at")
    public Instant escalatedAt;
    public String status;
}
