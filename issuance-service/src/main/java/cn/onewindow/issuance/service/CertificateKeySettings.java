package cn.onewindow.issuance.service;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The first electronic-certificate signing key, from the hall's key store ({@code onewindow.certificates.*}, Ed25519:
 * base64 PKCS#8 private, X.509 public). Taken by {@link CertificateService} when no key is active yet and all three are
 * set; otherwise (the local run) it generates one on first use. Later keys come by rotation. Every property under the
 * prefix must be one of these: an unknown {@code onewindow.certificates.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.certificates")
public interface CertificateKeySettings {
    Optional<String> keyId();

    Optional<String> privateKey();

    Optional<String> publicKey();
}
