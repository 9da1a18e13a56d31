package cn.onewindow.issuance.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The algorithm of a certificate signing key ({@code signing_key.algorithm}). Ed25519 is the default: JOSE names it
 * {@code EdDSA} (RFC 8037) and every JOSE library verifies it with the key from the public key set. SM2 with SM3
 * (GB/T 32918.2, GB/T 32905) is what the national e-licence conventions ask for (docs/e-certificates.md); JOSE has no
 * registered name for it, so its JWS carries the private name {@value #SM2_JWS_NAME}, which standard JOSE libraries
 * refuse: such certificates are verified here, or with an SM2 library (BouncyCastle, GmSSL) and the key's X.509 form.
 */
public enum SignatureAlgorithm {
    ED25519("Ed25519", "EdDSA"),
    SM2("SM2", SignatureAlgorithm.SM2_JWS_NAME);

    /** Not registered with IANA (RFC 7518 §7.1 allows names agreed between the parties): ours, documented. */
    public static final String SM2_JWS_NAME = "SM2SM3";

    private final String stored;
    private final String jwsName;

    SignatureAlgorithm(String stored, String jwsName) {
        this.stored = stored;
        this.jwsName = jwsName;
    }

    /** As {@code signing_key.algorithm} holds it: the keys made before SM2 existed say "Ed25519". */
    public String stored() {
        return stored;
    }

    /** The JWS header's {@code alg}. */
    public String jwsName() {
        return jwsName;
    }

    public static SignatureAlgorithm ofStored(String stored) {
        for (SignatureAlgorithm a : values()) {
            if (a.stored.equals(stored)) {
                return a;
            }
        }
        throw new IllegalStateException("signing key of unknown algorithm " + stored);
    }

    /** The algorithm whose JWS name is {@code alg}; empty for any other name. */
    public static Optional<SignatureAlgorithm> ofJwsName(String alg) {
        for (SignatureAlgorithm a : values()) {
            if (a.jwsName.equals(alg)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** As an administrator names it ({@code ED25519}, {@code sm2}); empty for anything else. */
    public static Optional<SignatureAlgorithm> named(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String name = given.trim().toUpperCase(Locale.ROOT);
        for (SignatureAlgorithm a : values()) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** A key pair in the text form the database and the key store keep: base64 X.509 public, base64 PKCS#8 private. */
    public record KeyText(String publicKey, String privateKey) {
        @Override
        public String toString() {
            return "KeyText[" + publicKey + "]"; // the private half never goes into a log
        }
    }

    public KeyText generate() {
        return switch (this) {
            case ED25519 -> Signatures.generateText();
            case SM2 -> Sm2Signatures.generate();
        };
    }

    /** @throws IllegalStateException for text that is not a private key of this algorithm */
    public CertificateSigner signer(String privateKey) {
        return switch (this) {
            case ED25519 -> Signatures.signer(Signatures.privateKey(privateKey));
            case SM2 -> Sm2Signatures.signer(privateKey);
        };
    }

    /** @throws IllegalStateException for text that is not a public key of this algorithm */
    public CertificateVerifier verifier(String publicKey) {
        return switch (this) {
            case ED25519 -> Signatures.verifier(Signatures.publicKey(publicKey));
            case SM2 -> Sm2Signatures.verifier(publicKey);
        };
    }

    /** True when the two halves belong together: a fresh probe signed with one verifies with the other. */
    public boolean isPair(KeyText keys) {
        String probe = "onewindow-key-check";
        var signer = signer(keys.privateKey());
        return verifier(keys.publicKey()).verifyDetached(probe, signer.signDetached(probe));
    }
}
