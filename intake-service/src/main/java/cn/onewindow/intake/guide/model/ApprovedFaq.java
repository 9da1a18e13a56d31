package cn.onewindow.intake.guide.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An FAQ entry grown from an answered enquiry and approved by the hall admin (evaluation's FaqEntryApproved). */
@Entity
@Table(name = "approved_faq")
public class ApprovedFaq extends PanacheEntityBase {
    @Id
    @Column(name = "enquiry_number")
    public String enquiryNumber;
    @Column(name = "item_code")
    public String itemCode;
    public String question;
    public String answer;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "approved_by")
    public String approvedBy;
}
