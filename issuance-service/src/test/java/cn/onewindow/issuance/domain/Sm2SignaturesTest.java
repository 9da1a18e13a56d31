package cn.onewindow.issuance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/**
 * SM2 with SM3 certificates verify with the standard tooling: BouncyCastle's JCA provider ({@code SM3withSM2}, the
 * algorithm GmSSL and the national standards name, default signer identity) checks what our lightweight signer makes,
 * both the detached DER form and the JWS's r‖s, and makes signatures ours accepts; keys are X.509 and PKCS#8 on the
 * named curve sm2p256v1; any changed byte, another key or another curve fails.
 */
class Sm2SignaturesTest {
    static final String PAYLOAD = "{\"certificateId\":\"EC-DX-20261123-000001\",\"title\":\"营业执照\",\"holder\":\"廊坊临空科技有限公司\"}";
    static final BouncyCastleProvider BC = new BouncyCastleProvider();

    static PublicKey jcaPublic(String base64) throws Exception {
        return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static boolean jcaVerifies(String publicKey, byte[] data, byte[] der) throws Exception {
        var s = Signature.getInstance("SM3withSM2", BC);
        s.initVerify(jcaPublic(publicKey));
        s.update(data);
        return s.verify(der);
    }

    @Test
    void keysAreX509AndPkcs8OnTheNamedSm2Curve() {
        var keys = SignatureAlgorithm.SM2.generate();
        var spki = SubjectPublicKeyInfo.getInstance(Base64.getDecoder().decode(keys.publicKey()));
        assertThat(spki.getAlgorithm().getAlgorithm()).isEqualTo(X9ObjectIdentifiers.id_ecPublicKey);
        assertThat(spki.getAlgorithm().getParameters()).isEqualTo(GMObjectIdentifiers.sm2p256v1);
        assertThat(SignatureAlgorithm.SM2.isPair(keys)).isTrue();
        assertThat(SignatureAlgorithm.SM2.isPair(new SignatureAlgorithm.KeyText(SignatureAlgorithm.SM2.generate().publicKey(),
                keys.privateKey()))).isFalse();
    }

    @Test
    void theDetachedSignatureIsSm3WithSm2AsBouncyCastlesProviderChecksIt() throws Exception {
        var keys = SignatureAlgorithm.SM2.generate();
        String signature = SignatureAlgorithm.SM2.signer(keys.privateKey()).signDetached(PAYLOAD);
        byte[] der = Base64.getDecoder().decode(signature);
        byte[] bytes = PAYLOAD.getBytes(StandardCharsets.UTF_8);
        assertThat(jcaVerifies(keys.publicKey(), bytes, der)).isTrue();
        var verifier = SignatureAlgorithm.SM2.verifier(keys.publicKey());
        assertThat(verifier.verifyDetached(PAYLOAD, signature)).isTrue();
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x01;
            assertThat(jcaVerifies(keys.publicKey(), changed, der)).as("byte " + i).isFalse();
            assertThat(verifier.verifyDetached(new String(changed, StandardCharsets.UTF_8), signature)).as("byte " + i).isFalse();
        }
        byte[] forged = der.clone();
        forged[forged.length - 3] ^= 0x01;
        assertThat(verifier.verifyDetached(PAYLOAD, Base64.getEncoder().encodeToString(forged))).isFalse();
        assertThat(verifier.verifyDetached(PAYLOAD, "not base64 at all!")).isFalse();
        assertThat(verifier.verifyDetached(PAYLOAD, Base64.getEncoder().encodeToString(new byte[] {0x30, 0x01}))).isFalse();
        // randomised: the next signature of the same text differs, and verifies as well
        String again = SignatureAlgorithm.SM2.signer(keys.privateKey()).signDetached(PAYLOAD);
        assertThat(again).isNotEqualTo(signature);
        assertThat(verifier.verifyDetached(PAYLOAD, again)).isTrue();
        // another key does not verify it
        assertThat(SignatureAlgorithm.SM2.verifier(SignatureAlgorithm.SM2.generate().publicKey()).verifyDetached(PAYLOAD, signature)).isFalse();
    }

    @Test
    void aSignatureBouncyCastlesProviderMakesVerifiesHere() throws Exception {
        var keys = SignatureAlgorithm.SM2.generate();
        var s = Signature.getInstance("SM3withSM2", BC);
        s.initSign(KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(keys.privateKey()))));
        s.update(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(s.sign());
        assertThat(SignatureAlgorithm.SM2.verifier(keys.publicKey()).verifyDetached(PAYLOAD, signature)).isTrue();
    }

    /** The JWS carries r‖s (RFC 7518 §3.4's form for elliptic curves); as DER it is the same signature. */
    @Test
    void theJwsSignatureIsRAndSSideBySide() throws Exception {
        var keys = SignatureAlgorithm.SM2.generate();
        String compact = Jws.sign(SignatureAlgorithm.SM2, "k-sm2", PAYLOAD, SignatureAlgorithm.SM2.signer(keys.privateKey()));
        Jws.Parsed parsed = Jws.parse(compact).orElseThrow();
        assertThat(parsed.alg()).isEqualTo("SM2SM3");
        assertThat(parsed.signature()).hasSize(64);
        byte[] der = new DERSequence(new ASN1Integer[] {
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(parsed.signature(), 0, 32))),
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(parsed.signature(), 32, 64)))}).getEncoded();
        assertThat(jcaVerifies(keys.publicKey(), parsed.signingInput(), der)).isTrue();
        assertThat(Jws.verify(parsed, SignatureAlgorithm.SM2, SignatureAlgorithm.SM2.verifier(keys.publicKey()))).isTrue();
        byte[] changed = parsed.signature().clone();
        changed[40] ^= 0x01;
        assertThat(SignatureAlgorithm.SM2.verifier(keys.publicKey()).verifyJws(parsed.signingInput(), changed)).isFalse();
        assertThat(SignatureAlgorithm.SM2.verifier(keys.publicKey()).verifyJws(parsed.signingInput(), new byte[3])).isFalse();
    }

    @Test
    void aKeyOfAnotherAlgorithmOrCurveIsNoSm2Key() throws Exception {
        var ed = SignatureAlgorithm.ED25519.generate();
        assertThatThrownBy(() -> SignatureAlgorithm.SM2.signer(ed.privateKey())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SignatureAlgorithm.SM2.verifier(ed.publicKey())).isInstanceOf(IllegalStateException.class);
        var generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        var p256 = generator.generateKeyPair();
        assertThatThrownBy(() -> SignatureAlgorithm.SM2.verifier(Base64.getEncoder().encodeToString(p256.getPublic().getEncoded())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SignatureAlgorithm.SM2.signer(Base64.getEncoder().encodeToString(p256.getPrivate().getEncoded())))
                .isInstanceOf(IllegalStateException.class);
        var sm2 = SignatureAlgorithm.SM2.generate();
        assertThatThrownBy(() -> SignatureAlgorithm.ED25519.signer(sm2.privateKey())).isInstanceOf(IllegalStateException.class);
    }
}
