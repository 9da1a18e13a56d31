package cn.onewindow.intake.takein.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A notice that took nothing in (one-time notice, return notice), kept on record. */
@Entity
@Table(name = "intake_notice")
public class IntakeNotice extends PanacheEntityBase {
    @Id
    @Column(name = "notice_number")
    public String noticeNumber;
    public String kind;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "catalogue_version")
    public int catalogueVersion;
    @Column(name = "applicant_name")
    public String applicantName;
    /** JSON: the problems listed, or the written reasons for the return. */
    public String content;
    @Column(name = "clerk_id")
    public String clerkId;
    @Column(name = "clerk_name")
    public String clerkName;
    @Column(name = "delegation_id")
    public UUID delegationId;
    /** Every item the notice concerns, as code@vN, comma-separated. */
    public String items;
    /** The case a back-office supplement request concerns; null for notices that took nothing in. */
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "issued_at")
    public Instant issuedAt;
}
