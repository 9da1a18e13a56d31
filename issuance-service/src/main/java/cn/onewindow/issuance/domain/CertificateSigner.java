package cn.onewindow.issuance.domain;

/**
 * A private key ready to sign a certificate, in the two forms a certificate carries: the detached signature over its
 * JSON (what certificates had before JWS, still made for the verification by payload and signature) and the signature
 * of its JWS.
 */
public interface CertificateSigner {
    /** Over the payload's UTF-8 bytes, base64 (standard alphabet): Ed25519's 64 bytes, SM2's DER (r, s). */
    String signDetached(String payload);

    /** Over a JWS signing input (RFC 7515 §5.1), as the JWS carries it: Ed25519's 64 bytes, SM2's r‖s (as ES256 does). */
    byte[] signJws(byte[] signingInput);
}
