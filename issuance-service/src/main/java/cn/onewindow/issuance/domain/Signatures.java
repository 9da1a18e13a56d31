package cn.onewindow.issuance.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Ed25519 signatures (RFC 8032), the certificates' default ({@link SignatureAlgorithm#ED25519}), over the exact
 * UTF-8 bytes of a certificate's JSON (and of its JWS's signing input): any change to one byte of the payload or the
 * signature fails verification. Keys are kept in the JDK's standard encodings (PKCS#8, X.509). The arithmetic is
 * BouncyCastle's: Ed25519 is deterministic, so its signatures are the JDK's byte for byte ({@code SignaturesTest}), at
 * a tenth of the JDK 17 cost (its precomputed tables; the JDK's took 44 % of the issuance service's CPU under load).
 */
public final class Signatures {
    public static final String ALGORITHM = "Ed25519";

    private Signatures() {
    }

    /**
     * A private key ready to sign: its public half is derived once, not for every signature. Ed25519 signs the
     * bytes themselves (no digest first), so the detached signature and the JWS's are the same 64 bytes over
     * different inputs.
     */
    public static final class Signer implements CertificateSigner {
        private final Ed25519PrivateKeyParameters key;

        private Signer(Ed25519PrivateKeyParameters key) {
            this.key = key;
            key.generatePublicKey(); // cached inside the parameters
        }

        public String sign(String payload) {
            return Base64.getEncoder().encodeToString(signJws(payload.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String signDetached(String payload) {
            return sign(payload);
        }

        @Override
        public byte[] signJws(byte[] bytes) {
            var s = new Ed25519Signer();
            s.init(true, key);
            s.update(bytes, 0, bytes.length);
            return s.generateSignature();
        }
    }

    /** A public key ready to verify, read once. */
    public static final class Verifier implements CertificateVerifier {
        private final Ed25519PublicKeyParameters key;

        private Verifier(Ed25519PublicKeyParameters key) {
            this.key = key;
        }

        @Override
        public boolean verifyDetached(String payload, String signature) {
            try {
                return verifyJws(payload.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public boolean verifyJws(byte[] bytes, byte[] signature) {
            var s = new Ed25519Signer();
            s.init(false, key);
            s.update(bytes, 0, bytes.length);
            return s.verifySignature(signature);
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    /** A new pair in the text form the database keeps. */
    public static SignatureAlgorithm.KeyText generateText() {
        KeyPair pair = generate();
        return new SignatureAlgorithm.KeyText(encode(pair.getPublic()), encode(pair.getPrivate()));
    }

    public static Signer signer(PrivateKey key) {
        if (parameters(key, true) instanceof Ed25519PrivateKeyParameters ed) {
            return new Signer(ed);
        }
        throw new IllegalStateException("not an Ed25519 private key");
    }

    public static String sign(PrivateKey key, String payload) {
        return signer(key).sign(payload);
    }

    /** False for any mismatch, including a signature that is not even well-formed base64 or a key of another kind. */
    public static boolean verify(PublicKey key, String payload, String signature) {
        try {
            return verifier(key).verifyDetached(payload, signature);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** @throws IllegalStateException for a key of another kind */
    public static Verifier verifier(PublicKey key) {
        if (parameters(key, false) instanceof Ed25519PublicKeyParameters ed) {
            return new Verifier(ed);
        }
        throw new IllegalStateException("not an Ed25519 public key");
    }

    /** The key's 32 bytes (RFC 8032 §5.1.5), as a JWK's {@code x} carries them (RFC 8037 §2). */
    public static byte[] raw(PublicKey key) {
        if (parameters(key, false) instanceof Ed25519PublicKeyParameters ed) {
            return ed.getEncoded();
        }
        throw new IllegalStateException("not an Ed25519 public key");
    }

    private static AsymmetricKeyParameter parameters(java.security.Key key, boolean isPrivate) {
        try {
            return isPrivate ? PrivateKeyFactory.createKey(key.getEncoded()) : PublicKeyFactory.createKey(key.getEncoded());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable Ed25519 key", e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable public key", e);
        }
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable private key", e);
        }
    }
}
