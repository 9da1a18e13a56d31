package cn.onewindow.issuance.service;

import java.util.Optional;

import cn.onewindow.issuance.domain.SignatureAlgorithm;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The electronic-certificate signing keys' settings ({@code onewindow.certificates.*}): the algorithm of the keys made
 * here, and the first key from the hall's key store (base64 PKCS#8 private, X.509 public, of that algorithm). The first
 * key is taken by {@link CertificateKeys} when no key is active yet and all three are set; otherwise (the local run) it
 * generates one on first use. Later keys come by rotation. Every property under the prefix must be one of these: an
 * unknown {@code onewindow.certificates.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.certificates")
public interface CertificateKeySettings {
    /**
     * {@code ED25519} (the default: any JOSE library verifies its JWS) or {@code SM2} (SM2 with SM3, as the national
     * e-licence standards ask; its JWS only verifies with an SM2 library). Applies to the keys made from now on — the
     * first one, and every rotation that names no algorithm of its own — and says how the configured first key is read.
     */
    @WithDefault("ED25519")
    SignatureAlgorithm algorithm();

    Optional<String> keyId();

    Optional<String> privateKey();

    Optional<String> publicKey();
}
