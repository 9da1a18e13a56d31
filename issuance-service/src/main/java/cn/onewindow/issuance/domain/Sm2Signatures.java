package cn.onewindow.issuance.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * SM2 signatures with SM3 digests (GB/T 32918.2-2016, GB/T 32905-2016; {@link SignatureAlgorithm#SM2}), the
 * national commercial cryptography the e-licence standards ask for, with BouncyCastle's lightweight API (the JDK has
 * no SM2). The curve is sm2p256v1 (OID 1.2.156.10197.1.301); keys in the same encodings as Ed25519's, PKCS#8 and
 * X.509 with that named curve, as GB/T 35276 writes them; the signer's identity (Z<sub>A</sub>) is the default
 * {@code 1234567812345678} of GM/T 0009, which every SM2 library takes when none is given.
 *
 * <p>The detached signature is the DER SEQUENCE {r, s} of GB/T 35276 (what {@code SM3withSM2} gives in BouncyCastle's
 * provider and GmSSL); the JWS carries r‖s, 32 bytes each, as JOSE carries every elliptic-curve signature (RFC 7518
 * §3.4). SM2 signing is randomised: two signatures of the same text differ, and both verify.
 */
public final class Sm2Signatures {
    static final ECNamedDomainParameters CURVE = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1,
            GMNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1));
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm2Signatures() {
    }

    public static SignatureAlgorithm.KeyText generate() {
        var generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(CURVE, RANDOM));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        try {
            return new SignatureAlgorithm.KeyText(
                    Base64.getEncoder().encodeToString(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()).getEncoded()),
                    Base64.getEncoder().encodeToString(PrivateKeyInfoFactory.createPrivateKeyInfo(pair.getPrivate()).getEncoded()));
        } catch (IOException e) {
            throw new IllegalStateException("SM2 key not encodable", e);
        }
    }

    /** @throws IllegalStateException for text that is not an SM2 private key (PKCS#8, base64) */
    public static CertificateSigner signer(String privateKey) {
        if (read(privateKey, true) instanceof ECPrivateKeyParameters key && onCurve(key)) {
            return new Signer(key);
        }
        throw new IllegalStateException("not an SM2 private key");
    }

    /** @throws IllegalStateException for text that is not an SM2 public key (X.509, base64) */
    public static CertificateVerifier verifier(String publicKey) {
        if (read(publicKey, false) instanceof ECPublicKeyParameters key && onCurve(key)) {
            return new Verifier(key);
        }
        throw new IllegalStateException("not an SM2 public key");
    }

    private record Signer(ECPrivateKeyParameters key) implements CertificateSigner {
        @Override
        public String signDetached(String payload) {
            return Base64.getEncoder().encodeToString(sign(StandardDSAEncoding.INSTANCE, payload.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public byte[] signJws(byte[] signingInput) {
            return sign(PlainDSAEncoding.INSTANCE, signingInput);
        }

        private byte[] sign(DSAEncoding encoding, byte[] bytes) {
            var s = new SM2Signer(encoding, new SM3Digest());
            s.init(true, new ParametersWithRandom(key, RANDOM));
            s.update(bytes, 0, bytes.length);
            try {
                return s.generateSignature();
            } catch (CryptoException e) {
                throw new IllegalStateException("SM2 signing failed", e);
            }
        }
    }

    private record Verifier(ECPublicKeyParameters key) implements CertificateVerifier {
        @Override
        public boolean verifyDetached(String payload, String signature) {
            try {
                return verify(StandardDSAEncoding.INSTANCE, payload.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public boolean verifyJws(byte[] signingInput, byte[] signature) {
            return verify(PlainDSAEncoding.INSTANCE, signingInput, signature);
        }

        private boolean verify(DSAEncoding encoding, byte[] bytes, byte[] signature) {
            var s = new SM2Signer(encoding, new SM3Digest());
            s.init(false, key);
            s.update(bytes, 0, bytes.length);
            try {
                return s.verifySignature(signature);
            } catch (RuntimeException e) { // a signature that is not even well-formed DER or r‖s
                return false;
            }
        }
    }

    /** A key on another curve (a P-256 key, say) is no SM2 key, whatever its encoding. */
    private static boolean onCurve(ECKeyParameters key) {
        ECDomainParameters p = key.getParameters();
        return p.getCurve().equals(CURVE.getCurve()) && p.getG().equals(CURVE.getG()) && p.getN().equals(CURVE.getN());
    }

    private static AsymmetricKeyParameter read(String base64, boolean isPrivate) {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return isPrivate ? PrivateKeyFactory.createKey(der) : PublicKeyFactory.createKey(der);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable SM2 key", e);
        }
    }
}
