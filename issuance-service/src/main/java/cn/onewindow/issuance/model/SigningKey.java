package cn.onewindow.issuance.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A certificate signing key; the one not retired signs, every one verifies what it signed. {@code algorithm} is
 * {@code Ed25519} or {@code SM2} (SignatureAlgorithm); the keys are base64 X.509 (public) and PKCS#8 (private).
 */
@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {
    @Id
    public String kid;
    public String algorithm;
    @Column(name = "public_key")
    public String publicKey;
    @Column(name = "private_key")
    public String privateKey;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
}
