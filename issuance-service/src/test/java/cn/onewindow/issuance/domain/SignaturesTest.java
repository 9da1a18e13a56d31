package cn.onewindow.issuance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SignaturesTest {
    static final String PAYLOAD = "{\"certificateId\":\"EC-DX-20261123-000001\",\"title\":\"营业执照\",\"holder\":\"廊坊临空科技有限公司\"}";

    @Test
    void aSignedPayloadVerifiesAndEveryOneByteChangeFails() {
        var keys = Signatures.generate();
        String sig = Signatures.sign(keys.getPrivate(), PAYLOAD);
        assertThat(Signatures.verify(keys.getPublic(), PAYLOAD, sig)).isTrue();
        byte[] bytes = PAYLOAD.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x01;
            assertThat(Signatures.verify(keys.getPublic(), new String(changed, StandardCharsets.UTF_8), sig)).as("byte " + i).isFalse();
        }
        byte[] s = Base64.getDecoder().decode(sig);
        s[10] ^= 0x01;
        assertThat(Signatures.verify(keys.getPublic(), PAYLOAD, Base64.getEncoder().encodeToString(s))).isFalse();
        assertThat(Signatures.verify(keys.getPublic(), PAYLOAD, "not base64 at all!")).isFalse();
    }

    @Test
    void anotherKeyDoesNotVerify() {
        var signer = Signatures.generate();
        var other = Signatures.generate();
        assertThat(Signatures.verify(other.getPublic(), PAYLOAD, Signatures.sign(signer.getPrivate(), PAYLOAD))).isFalse();
        // keys survive their text form
        var restored = Signatures.publicKey(Signatures.encode(signer.getPublic()));
        assertThat(Signatures.verify(restored, PAYLOAD,
                Signatures.sign(Signatures.privateKey(Signatures.encode(signer.getPrivate())), PAYLOAD))).isTrue();
    }

    /**
     * The signatures are standard Ed25519 (RFC 8032, deterministic): the JDK's own implementation makes the same bytes
     * and accepts them, so a verifier with nothing but a JDK reads every certificate — and those signed before the
     * signing moved to BouncyCastle still verify.
     */
    @Test
    void theSignatureIsTheJdksOwnByteForByte() throws Exception {
        var keys = Signatures.generate();
        var jdk = java.security.Signature.getInstance("Ed25519");
        jdk.initSign(keys.getPrivate());
        jdk.update(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        String byJdk = Base64.getEncoder().encodeToString(jdk.sign());
        String ours = Signatures.signer(keys.getPrivate()).sign(PAYLOAD);
        assertThat(ours).isEqualTo(byJdk);
        var check = java.security.Signature.getInstance("Ed25519");
        check.initVerify(keys.getPublic());
        check.update(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(Base64.getDecoder().decode(ours))).isTrue();
        assertThat(Signatures.verify(keys.getPublic(), PAYLOAD, byJdk)).isTrue();
    }

    @Test
    void aKeyOfAnotherKindIsRefused() throws Exception {
        var rsa = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThat(Signatures.verify(rsa.getPublic(), PAYLOAD, Base64.getEncoder().encodeToString(new byte[64]))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Signatures.signer(rsa.getPrivate()))
                .isInstanceOf(IllegalStateException.class);
    }
}
