package cn.onewindow.intake.credit.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One applicant on the hall's credit list. */
@Entity
@Table(name = "applicant_credit")
public class ApplicantCredit extends PanacheEntityBase {
    @Id
    @Column(name = "id_number")
    public String idNumber;
    public String name;
    public String kind;
    public boolean blacklisted;
    @Column(name = "red_listed")
    public boolean redListed;
    @Column(name = "credit_level")
    public String creditLevel;
    /** Why the applicant is on the list (a commitment found false: the department's finding); null for an entry made by hand. */
    public String reason;
    /** What put the applicant on the list: the case and the material whose commitment was found false (失信), or null. */
    @Column(name = "source_case_id")
    public String sourceCaseId;
    @Column(name = "source_material_code")
    public String sourceMaterialCode;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
