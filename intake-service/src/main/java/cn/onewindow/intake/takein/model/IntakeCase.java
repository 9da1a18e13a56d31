package cn.onewindow.intake.takein.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.onewindow.contracts.vocabulary.IntakeCaseStatus;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A case (办件) as the window took it in; the clerk who took it is its first handler (首办负责人). */
@Entity
@Table(name = "intake_case")
public class IntakeCase extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "catalogue_version")
    public int catalogueVersion;
    @Column(name = "department_code")
    public String departmentCode;
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
    @Column(name = "delivery_method")
    public String deliveryMethod;
    @Column(name = "delivery_address")
    public String deliveryAddress;
    @Column(name = "intake_path")
    public String intakePath;
    @Column(name = "document_kind")
    public String documentKind;
    @Column(name = "delegation_id")
    public java.util.UUID delegationId;
    /**
     * The window's status ({@link IntakeCaseStatus} by name; plain SQL binds it): set by {@link #takenIn} and changed by
     * {@link #becomes} alone, which refuse what the vocabulary does not allow.
     */
    public String status;
    @Column(name = "first_handler_id")
    public String firstHandlerId;
    @Column(name = "first_handler_name")
    public String firstHandlerName;
    @Column(name = "first_handler_post")
    public String firstHandlerPost;
    /** The bundle (several items taken in together) this case is one of; null when taken in alone. */
    @Column(name = "bundle_id")
    public String bundleId;
    @Column(name = "bundle_code")
    public String bundleCode;
    @Column(name = "bundle_size")
    public Integer bundleSize;
    /** While the back office waits for a supplement: the status to return to once it is handed in. */
    @Column(name = "status_before_request")
    public String statusBeforeRequest;
    /** How the applicant is reached for notices (optional; personal data, masked in views). */
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    /**
     * 区域通办: the hall whose window took the case in (its case number carries it), the hall owning the item (its
     * department decides) and where the applicant collects the result; written with the case (hall.service.HallTakeIn).
     */
    @Column(name = "hall_code")
    public String hallCode;
    @Column(name = "owning_hall_code")
    public String owningHallCode;
    @Column(name = "pickup_hall_code")
    public String pickupHallCode;
    /**
     * 情形: the item's situation the case was taken in for (its name as that version named it) and the limits the case got
     * from it (the situation's own where it set them, else the item's); all null for an item without situations.
     */
    @Column(name = "situation_code")
    public String situationCode;
    @Column(name = "situation_name")
    public String situationName;
    @Column(name = "statutory_days")
    public Integer statutoryDays;
    @Column(name = "promised_days")
    public Integer promisedDays;
    /**
     * 首办负责: how far the case has gone since the window ({@code CaseProgress.Stage}), when it got there, and the
     * department's decision. Read-only here: written by {@code CaseFollowing}'s guarded updates alone, so a case
     * saved for another reason (a supplement handed in) never writes back a stage an event moved on meanwhile.
     */
    @Column(name = "progress", insertable = false, updatable = false)
    public String progress;
    @Column(name = "progress_at", insertable = false, updatable = false)
    public Instant progressAt;
    @Column(name = "decision", insertable = false, updatable = false)
    public String decision;

    /** The window's status as the vocabulary names it; null before the take-in. */
    public IntakeCaseStatus status() {
        return Terms.of(IntakeCaseStatus.class, status);
    }

    /** Where the back office's supplement request found the case, while it waits for the supplement; else null. */
    public IntakeCaseStatus statusBeforeRequest() {
        return Terms.of(IntakeCaseStatus.class, statusBeforeRequest);
    }

    /** The take-in gives the new case its first status: one a case may start in, and only once. */
    public void takenIn(IntakeCaseStatus first) {
        if (status != null || first == null || !first.mayStart()) {
            throw illegalChange(status(), first);
        }
        status = first.name();
    }

    /** The case changes status, if the vocabulary allows it from where it is; otherwise nothing changes (409). */
    public void becomes(IntakeCaseStatus next) {
        var current = status();
        if (current == null || !current.mayBecome(next)) {
            throw illegalChange(current, next);
        }
        status = next.name();
    }

    private ProblemException illegalChange(IntakeCaseStatus from, IntakeCaseStatus to) {
        String fromCode = from == null ? "—" : from.name();
        String toCode = to == null ? "—" : to.name();
        return ProblemException.conflict("illegal-status-change",
                "办件 " + caseId + " 的状态不能由 " + fromCode + " 变为 " + toCode,
                "Case " + caseId + " may not change status from " + fromCode + " to " + toCode);
    }
}
