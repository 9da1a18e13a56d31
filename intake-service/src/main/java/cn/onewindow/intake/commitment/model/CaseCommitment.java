package cn.onewindow.intake.commitment.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A commitment the applicant signed at the take-in in place of one proof (证明事项告知承诺书): the words as signed (kept,
 * so the printed copy is what was signed whatever the catalogue says later), who signed and when. Written only by the
 * take-in (CommitmentTakeIn, with the case's rows), read for the printable copy.
 */
@Entity
@Table(name = "case_commitment")
@IdClass(CaseCommitment.Key.class)
public class CaseCommitment extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Id
    @Column(name = "material_code")
    public String materialCode;
    @Column(name = "material_name")
    public String materialName;
    /** The commitment's words, one paragraph a line. */
    public String text;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public Instant signedAt;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String caseId, String materialCode) implements Serializable {
    }
}
