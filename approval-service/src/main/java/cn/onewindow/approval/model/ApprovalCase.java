package cn.onewindow.approval.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A case in a department's back office: its queue, deadline and decision. */
@Entity
@Table(name = "approval_case")
public class ApprovalCase extends PanacheEntityBase {
    public static final String QUEUED = "QUEUED";

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_name")
    public String itemName;
    @Column(name = "department_code")
    public String departmentCode;
    public String queue;
    @Column(name = "item_type")
    public String itemType;
    @Column(name = "promised_days")
    public int promisedDays;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "delivery_method")
    public String deliveryMethod;
    public String status;
    @Column(name = "queued_at")
    public Instant queuedAt;
    public Instant deadline;
    public String outcome;
    @Column(name = "result_kind")
    public String resultKind;
    @Column(name = "result_title")
    public String resultTitle;
    public String reasons;
    @Column(name = "decided_by_id")
    public String decidedById;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "decided_by_post")
    public String decidedByPost;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Version
    public int version;
}
