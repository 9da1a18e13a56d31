package cn.onewindow.evaluation.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The work order a bad rating opens (差评整改): verify, rectify, answer the applicant by the deadline. */
@Entity
@Table(name = "rectification_order")
public class RectificationOrder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public String caseId;
    public String stage;
    public String status;
    @Column(name = "opened_at")
    public Instant openedAt;
    public Instant deadline;
    @Column(name = "department_code")
    public String departmentCode;
    public Integer level;
    @Column(name = "verified_at")
    public Instant verifiedAt;
    public String finding;
    @Column(name = "verified_by")
    public String verifiedBy;
    @Column(name = "verified_by_id")
    public String verifiedById;
    @Column(name = "rectified_at")
    public Instant rectifiedAt;
    public String measures;
    @Column(name = "rectified_by")
    public String rectifiedBy;
    @Column(name = "rectified_by_id")
    public String rectifiedById;
    @Column(name = "answered_at")
    public Instant answeredAt;
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_by_id")
    public String answeredById;
    /** The name of whoever took the last step (each step's own actor is kept with the step). */
    @Column(name = "handled_by")
    public String handledBy;
    @Column(name = "escalated_at")
    public Instant escalatedAt;
    @Column(name = "appeal_reason")
    public String appealReason;
    @Column(name = "appeal_status")
    public String appealStatus;
    @Column(name = "appealed_by")
    public String appealedBy;
    @Column(name = "appealed_by_id")
    public String appealedById;
    @Column(name = "appealed_at")
    public Instant appealedAt;
    @Column(name = "appeal_reviewed_by")
    public String appealReviewedBy;
    @Column(name = "appeal_reviewed_by_id")
    public String appealReviewedById;
    @Column(name = "appeal_reviewed_at")
    public Instant appealReviewedAt;
}
