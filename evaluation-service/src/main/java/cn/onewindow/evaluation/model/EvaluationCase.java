package cn.onewindow.evaluation.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A case whose result was delivered, and may now be rated. */
@Entity
@Table(name = "evaluation_case")
public class EvaluationCase extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** When the applicant was invited to rate (once), if ever. */
    @jakarta.persistence.Column(name = "invited_at")
    public java.time.Instant invitedAt;
}
