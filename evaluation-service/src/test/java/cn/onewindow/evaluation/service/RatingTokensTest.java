package cn.onewindow.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.security.SigningKeys;

/** Rating tokens under rotating keys, and the keys nobody may use (plain unit test, no Quarkus). */
class RatingTokensTest {
    static final String OLD_DEFAULT = "local-demo-rating-secret-change-me"; // the repository's default until #20
    static final String K1 = "k1:" + "1".repeat(64);
    static final String K2 = "k2:" + "2".repeat(64);
    static final String CASE = "DX-20261129-000001";

    static RatingTokens tokens(String spec) {
        return new RatingTokens(SigningKeys.fromConfig(RatingTokens.PROPERTY, RatingTokens.ENV, Optional.of(spec)));
    }

    @Test
    void aTokenNamesItsChannelAndKeyAndRatesItsOwnCaseAndStageOnly() {
        RatingTokens t = tokens(K1);
        String token = t.issue(CASE, "FRONT_DESK", "SMS");
        assertThat(token).startsWith("SMS.k1.").hasSizeLessThanOrEqualTo(100);
        assertThat(t.channelOf(CASE, "FRONT_DESK", token)).contains("SMS");
        assertThat(t.verify(CASE, "FRONT_DESK", token)).isTrue();
        assertThat(t.verify(CASE, "BACK_OFFICE", token)).isFalse();
        assertThat(t.verify("DX-20261129-000002", "FRONT_DESK", token)).isFalse();
        assertThat(t.channelOf(CASE, "FRONT_DESK", "WINDOW_DEVICE" + token.substring(token.indexOf('.')))).isEmpty();
        for (String junk : new String[] {null, "", ".", "..", "SMS..", "SMS.k1.", "SMS.k1.x.y", "sms" + token.substring(3), "SMS.k9" + token.substring(6)}) {
            assertThat(t.verify(CASE, "FRONT_DESK", junk)).as(String.valueOf(junk)).isFalse();
        }
    }

    @Test
    void afterARotationTheOldKeyStillVerifiesAndTheNewOneSigns() {
        String before = tokens(K1).issue(CASE, "BACK_OFFICE", "SMS");
        RatingTokens rotated = tokens(K2 + "," + K1); // k2 first: it signs; k1 still verifies
        assertThat(rotated.channelOf(CASE, "BACK_OFFICE", before)).contains("SMS");
        String after = rotated.issue(CASE, "BACK_OFFICE", "SMS");
        assertThat(after).startsWith("SMS.k2.");
        assertThat(tokens(K1).verify(CASE, "BACK_OFFICE", after)).as("k1 alone does not know k2").isFalse();
        RatingTokens retired = tokens(K2); // k1 dropped once its links are no longer needed
        assertThat(retired.verify(CASE, "BACK_OFFICE", before)).isFalse();
        assertThat(retired.verify(CASE, "BACK_OFFICE", after)).isTrue();
    }

    @Test
    void aTokenMadeWithTheOldRepositoryDefaultIsRefused() throws Exception {
        // the old form, as anyone who read the repository could compute it
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OLD_DEFAULT.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((CASE + "|FRONT_DESK").getBytes(StandardCharsets.UTF_8)));
        RatingTokens t = tokens(K2 + "," + K1);
        assertThat(t.verify(CASE, "FRONT_DESK", forged)).isFalse();
        // and in the new form, under a key id the service lists (a Key is just a value; the forger asks no one)
        SigningKeys.Key forger = new SigningKeys.Key("k1", OLD_DEFAULT.getBytes(StandardCharsets.UTF_8));
        String forgedNew = "SMS.k1." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                SigningKeys.hmac(forger, "rating|SMS|k1|" + CASE + "|FRONT_DESK"));
        assertThat(t.verify(CASE, "FRONT_DESK", forgedNew)).isFalse();
    }

    @Test
    void theServiceRefusesToStartWithTheOldDefaultOrWithoutKeys() {
        assertThatThrownBy(() -> tokens("k1:" + OLD_DEFAULT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("onewindow.rating.keys").hasMessageContaining("OW_RATING_KEYS")
                .hasMessageNotContaining(OLD_DEFAULT);
        assertThatThrownBy(() -> tokens(K2 + ",k0:" + OLD_DEFAULT)).as("not even as an old key")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tokens("k1:short")).isInstanceOf(IllegalStateException.class).hasMessageContaining("32");
        // what a jar run (production) does without keys: no start, and a message that says what to set
        assertThatThrownBy(() -> new RatingTokens(SigningKeys.fromConfig(RatingTokens.PROPERTY, RatingTokens.ENV, Optional.empty(), false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("onewindow.rating.keys is not set")
                .hasMessageContaining("OW_RATING_KEYS");
    }
}
