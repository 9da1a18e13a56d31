package cn.onewindow.approval.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The department's verification of one commitment (告知承诺核查): a case's material the applicant replaced by a signed
 * commitment, due {@code checkDays} working days after the approval, closed once by the department's finding.
 * {@code overdueAt} is the monitor's flag, set with its own SQL (never written by the entity).
 */
@Entity
@Table(name = "commitment_check")
@IdClass(CommitmentCheck.Key.class)
public class CommitmentCheck extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Id
    @Column(name = "material_code")
    public String materialCode;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "check_days")
    public int checkDays;
    @Column(name = "taken_in_at")
    public Instant takenInAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    public String outcome;
    public String note;
    @Column(name = "checked_at")
    public Instant checkedAt;
    @Column(name = "checked_by_id")
    public String checkedById;
    @Column(name = "checked_by_name")
    public String checkedByName;
    @Column(name = "checked_by_post")
    public String checkedByPost;
    @Column(name = "overdue_at", insertable = false, updatable = false)
    public Instant overdueAt;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String caseId, String materialCode) implements Serializable {
    }
}
