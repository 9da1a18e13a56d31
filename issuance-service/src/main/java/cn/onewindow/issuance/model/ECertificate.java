package cn.onewindow.issuance.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * An electronic certificate (电子证照): the signed JSON exactly as signed, its detached signature and key id, its
 * JWS, and the verification code (核验码) without which its public view is not shown.
 */
@Entity
@Table(name = "e_certificate")
public class ECertificate extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "case_id")
    public String caseId;
    public String kid;
    public String payload;
    public String signature;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    /** Random (VerificationCodes): printed on the certificate and in its QR link; the public view needs it. */
    @Column(name = "verification_code")
    public String verificationCode;
    /**
     * The certificate as a compact JWS (RFC 7515) over the same JSON, with the same key; null for a certificate
     * issued before certificates had one (V12: not made afterwards, see there).
     */
    public String jws;
    /** The issuing department (who may revoke it) and the item; V13 filled them in for older certificates. */
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "item_code")
    public String itemCode;
    /** Its expiry (有效期): issue plus the item version's result validity; null for none. */
    @Column(name = "valid_until")
    public Instant validUntil;
    /** 吊销/撤销: why, on whose finding (RevocationSource), and who recorded it; all null while it stands. */
    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "revocation_source")
    public String revocationSource;
    @Column(name = "revoked_by_id")
    public String revokedById;
    @Column(name = "revoked_by_name")
    public String revokedByName;
    @Column(name = "revoked_by_post")
    public String revokedByPost;
}
