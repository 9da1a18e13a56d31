package cn.onewindow.issuance.domain;

/** A public key ready to check the signatures {@link CertificateSigner} makes: false for any mismatch, never a throw. */
public interface CertificateVerifier {
    boolean verifyDetached(String payload, String signatureBase64);

    boolean verifyJws(byte[] signingInput, byte[] signature);
}
