package cn.onewindow.issuance.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Whose a case is, by the applicant's pseudonym from CaseTakenIn (never the ID number): IntakeEventsConsumer keeps it. */
@Entity
@Table(name = "case_applicant")
public class CaseApplicant extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "applicant_ref")
    public String applicantRef;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
