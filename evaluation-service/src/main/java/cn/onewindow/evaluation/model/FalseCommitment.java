package cn.onewindow.evaluation.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A commitment the department's verification found false (告知承诺不实), as approval announced it: for supervision. */
@Entity
@Table(name = "false_commitment")
@IdClass(FalseCommitment.Key.class)
public class FalseCommitment extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Id
    @Column(name = "material_code")
    public String materialCode;
    @Column(name = "department_code")
    public String departmentCode;
    public String note;
    @Column(name = "found_at")
    public Instant foundAt;
    @Column(name = "found_by_name")
    public String foundByName;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String caseId, String materialCode) implements Serializable {
    }
}
