package cn.onewindow.intake.prereview.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An online pre-review (网上预审): the applicant's submission of one item, and the pre-review post's answer. */
@Entity
@Table(name = "pre_review")
public class PreReview extends PanacheEntityBase {
    /** DRAFT → SUBMITTED → PASSED → TAKEN_IN, or SUBMITTED → NOTICE → (fixed) SUBMITTED again. */
    public enum Status { DRAFT, SUBMITTED, PASSED, NOTICE, TAKEN_IN }

    @Id
    public UUID id;
    @Column(name = "owner_number")
    public String ownerNumber;
    @Column(name = "applicant_kind")
    public String applicantKind;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_id")
    public String applicantId;
    @Column(name = "agent_name")
    public String agentName;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "catalogue_version")
    public int catalogueVersion;
    public String status;
    public int submission;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "answered_late")
    public Boolean answeredLate;
    @Column(name = "reviewer_id")
    public String reviewerId;
    @Column(name = "reviewer_name")
    public String reviewerName;
    public String notice;
    @Column(name = "noticed_materials")
    public String noticedMaterials;
    @Column(name = "noticed_at")
    public Instant noticedAt;
    @Column(name = "appointment_id")
    public UUID appointmentId;
    @Column(name = "come_any_time")
    public Boolean comeAnyTime;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "taken_in_at")
    public Instant takenInAt;
    /** A pass's mark for each material with no file, as JSON (code → NOT_APPLICABLE or BRING_TO_WINDOW): V22. */
    @Column(name = "material_marks")
    public String materialMarks;
    @Version
    public int version;

    public Status status() {
        return Status.valueOf(status);
    }

    /** Waiting for the pre-review post and past its due time. */
    public boolean overdue(Instant now) {
        return Status.SUBMITTED.name().equals(status) && dueAt != null && !now.isBefore(dueAt);
    }
}
