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
}
