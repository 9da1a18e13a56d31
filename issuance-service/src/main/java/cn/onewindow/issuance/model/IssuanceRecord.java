package cn.onewindow.issuance.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.onewindow.contracts.vocabulary.IssuanceStatus;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A result at the issuance window, and how it left (the delivery register). */
@Entity
@Table(name = "issuance_record")
public class IssuanceRecord extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "bundle_id")
    public String bundleId;
    @Column(name = "bundle_size")
    public Integer bundleSize;
    @Column(name = "arrival_due_at")
    public Instant arrivalDueAt;
    @Column(name = "arrival_warn_at")
    public Instant arrivalWarnAt;
    /*
     * The background jobs' flags (arrival and notice warned / overdue, notice sent): set by
     * IssuanceLimitsMonitor and NotificationDispatcher with their own SQL (MonitorFlags), never through this
     * entity, so that they do not bump the version under a department or a clerk acting on the result at
     * that moment (409 for a machine's act, #22 item 5), nor are undone by their save.
     */
    @Column(name = "arrival_warned_at", insertable = false, updatable = false)
    public Instant arrivalWarnedAt;
    @Column(name = "arrival_overdue_at", insertable = false, updatable = false)
    public Instant arrivalOverdueAt;
    @Column(name = "arrived_at")
    public Instant arrivedAt;
    @Column(name = "arrived_from")
    public String arrivedFrom;
    @Column(name = "notify_due_at")
    public Instant notifyDueAt;
    @Column(name = "notify_warn_at")
    public Instant notifyWarnAt;
    @Column(name = "notify_warned_at", insertable = false, updatable = false)
    public Instant notifyWarnedAt;
    @Column(name = "notify_overdue_at", insertable = false, updatable = false)
    public Instant notifyOverdueAt;
    @Column(name = "notified_at", insertable = false, updatable = false)
    public Instant notifiedAt;
    @Column(name = "mailed_at")
    public Instant mailedAt;
    @Column(name = "mail_status")
    public String mailStatus;
    @Column(name = "mail_returned_at")
    public Instant mailReturnedAt;
    @Column(name = "mail_returns")
    public int mailReturns;
    /** APPLICANT or AGENT (代领: with the power of attorney checked). */
    @Column(name = "receiver_role")
    public String receiverRole;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "item_code")
    public String itemCode;
    public String outcome;
    @Column(name = "result_kind")
    public String resultKind;
    @Column(name = "result_title")
    public String resultTitle;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "delivery_method")
    public String deliveryMethod;
    /**
     * An {@link IssuanceStatus} by its name, as plain SQL and the views read it; changed only through
     * {@link #startsAs} and {@link #becomes}, which refuse what the status may not do.
     */
    public String status;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "ready_at")
    public Instant readyAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "identity_checked")
    public Boolean identityChecked;
    public String signature;
    public String carrier;
    public String waybill;
    @Column(name = "handed_by_id")
    public String handedById;
    @Column(name = "handed_by_name")
    public String handedByName;
    /*
     * A negative decision's written decision (#22 item 10), as printed on its letter: null for approvals. The
     * authority is the deciding department's name (its code when the decision did not carry one).
     */
    @Column(name = "item_name")
    public String itemName;
    public String reasons;
    @Column(name = "legal_basis")
    public String legalBasis;
    public String authority;
    public String remedies;
    /** A terminated 容缺 case: when its written denial was due (2 working days after the owed materials' deadline). */
    @Column(name = "denial_due_at")
    public Instant denialDueAt;
    /** 区域通办: the hall handing the result out; null for a result placed before halls (the home hall). */
    @Column(name = "pickup_hall_code")
    public String pickupHallCode;
    @Version
    public int version;

    /** The record's status, or null before it is first placed ({@link #startsAs}). */
    public IssuanceStatus status() {
        return status == null ? null : IssuanceStatus.valueOf(status);
    }

    /** The status a decided result starts in: only one a record may start in ({@link IssuanceStatus#mayStart()}), once. */
    public void startsAs(IssuanceStatus first) {
        if (status != null || first == null || !first.mayStart()) {
            throw illegalChange(first);
        }
        status = first.name();
    }

    /** Changes the status, only as {@link IssuanceStatus#mayBecome} allows; refused (409) otherwise, nothing changed. */
    public void becomes(IssuanceStatus next) {
        var now = status();
        if (now == null || !now.mayBecome(next)) {
            throw illegalChange(next);
        }
        status = next.name();
    }

    private ProblemException illegalChange(IssuanceStatus to) {
        return ProblemException.conflict("illegal-status-change",
                "办件" + caseId + "的出件状态不能由" + (status == null ? "（无）" : status) + "变为" + to,
                "The result of " + caseId + " cannot go from " + (status == null ? "no status" : status) + " to " + to);
    }
}
