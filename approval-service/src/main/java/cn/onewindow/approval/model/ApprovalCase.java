package cn.onewindow.approval.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.onewindow.contracts.vocabulary.ApprovalCaseStatus;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A case in a department's back office: its queue, deadline and decision. */
@Entity
@Table(name = "approval_case")
public class ApprovalCase extends PanacheEntityBase {
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
    /**
     * An {@link ApprovalCaseStatus} by its name, as plain SQL and the views read it; changed only through
     * {@link #startsAs} and {@link #becomes}, which refuse what the status may not do.
     */
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
    @Column(name = "intake_path")
    public String intakePath;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "bundle_id")
    public String bundleId;
    @Column(name = "bundle_code")
    public String bundleCode;
    @Column(name = "bundle_size")
    public Integer bundleSize;
    @Column(name = "assignee_id")
    public String assigneeId;
    @Column(name = "assignee_name")
    public String assigneeName;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    @Column(name = "clock_kind")
    public String clockKind;
    @Column(name = "clock_start")
    public Instant clockStart;
    @Column(name = "clock_budget")
    public int clockBudget;
    @Column(name = "warn_at")
    public Instant warnAt;
    /*
     * The deadline monitor's flags: set by DeadlineMonitor and cleared by CaseClocks with their own SQL
     * (MonitorFlags), never through this entity, so that a flag neither bumps the version under a
     * reviewer who loaded the case a moment before (409 for a machine's act, #22 item 5) nor is written
     * back to null by that reviewer's save.
     */
    @Column(name = "warned_at", insertable = false, updatable = false)
    public Instant warnedAt;
    @Column(name = "overdue_at", insertable = false, updatable = false)
    public Instant overdueAt;
    @Column(name = "deferred_until")
    public Instant deferredUntil;
    @Column(name = "deferral_settled")
    public boolean deferralSettled;
    @Column(name = "denial_due_at")
    public Instant denialDueAt;
    public String remedies;
    /** The deciding authority and the provisions a negative decision rests on, as the written decision prints them. */
    @Column(name = "department_name")
    public String departmentName;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "result_number")
    public String resultNumber;
    @Column(name = "valid_until")
    public java.time.LocalDate validUntil;
    /** 区域通办: the taking, owning and pickup halls (null for cases queued before halls: the home hall). */
    @Column(name = "hall_code")
    public String hallCode;
    @Column(name = "owning_hall_code")
    public String owningHallCode;
    @Column(name = "pickup_hall_code")
    public String pickupHallCode;
    /** The department feed's cursor: taken from approval_feed_seq when the case arrives. */
    @Column(name = "feed_seq", updatable = false)
    public long feedSeq;
    /** 上报件: the higher authority the case was forwarded to; it then acts on the case as its own (requireOwnDepartment). */
    @Column(name = "forwarded_to")
    public String forwardedTo;
    @Version
    public int version;

    /** The case's status, or null before it is first placed ({@link #startsAs}). */
    public ApprovalCaseStatus status() {
        return status == null ? null : ApprovalCaseStatus.valueOf(status);
    }

    /** The status a routed case starts in: only one a case may start in ({@link ApprovalCaseStatus#mayStart()}), once. */
    public void startsAs(ApprovalCaseStatus first) {
        if (status != null || first == null || !first.mayStart()) {
            throw illegalChange(status, first);
        }
        status = first.name();
    }

    /** Changes the status, only as {@link ApprovalCaseStatus#mayBecome} allows; refused (409) otherwise, nothing changed. */
    public void becomes(ApprovalCaseStatus next) {
        var now = status();
        if (now == null || !now.mayBecome(next)) {
            throw illegalChange(status, next);
        }
        status = next.name();
    }

    private ProblemException illegalChange(String from, ApprovalCaseStatus to) {
        return ProblemException.conflict("illegal-status-change",
                "办件" + caseId + "的状态不能由" + (from == null ? "（无）" : from) + "变为" + to,
                "Case " + caseId + " cannot go from " + (from == null ? "no status" : from) + " to " + to);
    }

    public boolean open() {
        var s = status();
        return s != null && s.open();
    }

    public cn.onewindow.contracts.events.BundleRef bundle() {
        return bundleId == null ? null : new cn.onewindow.contracts.events.BundleRef(bundleId, bundleCode, bundleSize);
    }
}
