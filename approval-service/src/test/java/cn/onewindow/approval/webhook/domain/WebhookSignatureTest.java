package cn.onewindow.approval.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

/** The signature and the secret as the Standard Webhooks specification writes them, checked against its worked example. */
class WebhookSignatureTest {
    @Test
    void theSpecificationsWorkedExampleSignsToItsPublishedSignature() {
        // the example of the Standard Webhooks specification (github.com/standard-webhooks/standard-webhooks, spec)
        byte[] key = WebhookSecret.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signature = WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theIdTheTimestampAndEveryByteOfTheBodyAreSigned() {
        byte[] key = WebhookSecret.key(WebhookSecret.generate(new SecureRandom()));
        byte[] body = "{\"caseId\":\"DX-20261123-000001\"}".getBytes(StandardCharsets.UTF_8);
        String signed = WebhookSignature.sign(key, "e-1", 1_800_000_000L, body);
        assertThat(WebhookSignature.sign(key, "e-1", 1_800_000_000L, body)).isEqualTo(signed);
        assertThat(WebhookSignature.sign(key, "e-2", 1_800_000_000L, body)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(key, "e-1", 1_800_000_001L, body)).isNotEqualTo(signed);
        byte[] changed = body.clone();
        changed[changed.length - 3]++;
        assertThat(WebhookSignature.sign(key, "e-1", 1_800_000_000L, changed)).isNotEqualTo(signed);
        byte[] otherKey = WebhookSecret.key(WebhookSecret.generate(new SecureRandom()));
        assertThat(WebhookSignature.sign(otherKey, "e-1", 1_800_000_000L, body)).isNotEqualTo(signed);
    }

    @Test
    void aGeneratedSecretHoldsThirtyTwoRandomBytes() {
        var random = new SecureRandom();
        String one = WebhookSecret.generate(random);
        assertThat(one).startsWith("whsec_");
        assertThat(WebhookSecret.key(one)).hasSize(32);
        assertThat(WebhookSecret.generate(random)).isNotEqualTo(one);
    }

    @Test
    void aSecretOutsideTheFormIsRefusedWithItsReason() {
        assertThatThrownBy(() -> WebhookSecret.key(null)).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> WebhookSecret.key("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).hasMessageContaining("does not start with whsec_");
        assertThatThrownBy(() -> WebhookSecret.key("whsec_not base64!")).hasMessageContaining("not base64");
        // 18 bytes: too short a key; 65 bytes: longer than the form allows
        assertThatThrownBy(() -> WebhookSecret.key("whsec_" + "A".repeat(24))).hasMessageContaining("18 bytes");
        assertThatThrownBy(() -> WebhookSecret.key("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[65])))
                .hasMessageContaining("65 bytes");
        assertThat(WebhookSecret.key("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]))).hasSize(24);
        assertThat(WebhookSecret.key("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[64]))).hasSize(64);
    }
}
