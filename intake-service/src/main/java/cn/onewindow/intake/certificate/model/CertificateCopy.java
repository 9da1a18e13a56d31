package cn.onewindow.intake.certificate.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * intake's copy of one e-certificate (电子证照) issuance made, kept from its events: enough to tell whether it can serve
 * a material now (the item it was issued for, its expiry, its revocation). Its holder is the applicant of its case.
 */
@Entity
@Table(name = "certificate_copy")
public class CertificateCopy extends PanacheEntityBase {
    @Id
    @Column(name = "certificate_id")
    public String certificateId;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "issued_at")
    public Instant issuedAt;
    /** Null: no expiry. */
    @Column(name = "valid_until")
    public Instant validUntil;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revocation_reason")
    public String revocationReason;
}
