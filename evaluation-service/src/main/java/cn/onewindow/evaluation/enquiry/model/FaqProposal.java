package cn.onewindow.evaluation.enquiry.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An answered enquiry proposed as an FAQ entry of its item (常见问题), in edited wording; the hall admin decides once. */
@Entity
@Table(name = "faq_proposal")
public class FaqProposal extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "enquiry_number")
    public String enquiryNumber;
    @Column(name = "item_code")
    public String itemCode;
    public String question;
    public String answer;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_by_id")
    public String proposedById;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    /** PENDING, APPROVED, REJECTED. */
    public String status;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_by_id")
    public String decidedById;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
}
