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
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
