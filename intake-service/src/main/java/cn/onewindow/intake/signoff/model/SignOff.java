package cn.onewindow.intake.signoff.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * 窗口无否决权: a return, an out-of-scope answer or a 容缺 refusal the window clerk asked for, waiting for (or given) the
 * mid desk's or the chief representative's sign-off. PENDING → CONFIRMED (the notice is issued then) or OVERRULED (the
 * file may be taken in, once).
 */
@Entity
@Table(name = "sign_off")
public class SignOff extends PanacheEntityBase {
    public static final String PENDING = "PENDING";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String OVERRULED = "OVERRULED";

    @Id
    public UUID id;
    public String kind;
    public String status;
    @Column(name = "hall_code")
    public String hallCode;
    public String items;
    /** The chosen items' codes, sorted, comma-separated. */
    @Column(name = "item_codes")
    public String itemCodes;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "catalogue_version")
    public int catalogueVersion;
    /** The items' departments, comma-separated. */
    public String departments;
    @Column(name = "applicant_kind")
    public String applicantKind;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_id")
    public String applicantId;
    public String reasons;
    /** JSON array of problem keys (SignOffRules.key). */
    public String problems;
    @Column(name = "notice_kind")
    public String noticeKind;
    @Column(name = "notice_content")
    public String noticeContent;
    @Column(name = "delegation_id")
    public UUID delegationId;
    @Column(name = "parcel_id")
    public UUID parcelId;
    @Column(name = "requested_by_id")
    public String requestedById;
    @Column(name = "requested_by_name")
    public String requestedByName;
    @Column(name = "requested_by_post")
    public String requestedByPost;
    /** The clerk's act under the window's delegation, as JSON (contracts Actor). */
    public String acting;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "decision_reasons")
    public String decisionReasons;
    @Column(name = "decided_by_id")
    public String decidedById;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "decided_by_post")
    public String decidedByPost;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_late")
    public Boolean decidedLate;
    @Column(name = "notice_number")
    public String noticeNumber;
    @Column(name = "used_case_id")
    public String usedCaseId;
    @Column(name = "used_at")
    public Instant usedAt;
}
