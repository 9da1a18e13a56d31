package cn.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The start-up check of the hall's HMAC keys: no default, nothing published, rotation by list order. */
class SigningKeysTest {
    static final String S1 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    static final String S2 = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

    static SigningKeys parse(String spec) {
        return SigningKeys.parse("onewindow.test.keys", "OW_TEST_KEYS", spec);
    }

    @Test
    void theFirstKeySignsAndEveryListedKeyIsKnown() {
        SigningKeys keys = parse(" k2:" + S2 + " ,\n k1:" + S1);
        assertThat(keys.current().id()).isEqualTo("k2");
        assertThat(keys.all()).extracting(SigningKeys.Key::id).containsExactly("k2", "k1");
        assertThat(keys.byId("k1")).isPresent();
        assertThat(keys.byId("k0")).isEmpty();
        assertThat(keys.current().toString()).doesNotContain(S2);
        assertThat(SigningKeys.hmac(keys.current(), "m")).isNotEqualTo(SigningKeys.hmac(keys.byId("k1").orElseThrow(), "m"));
    }

    @Test
    void aProductionStartRefusesMissingKeysAndSaysWhatToSet() {
        for (Optional<String> missing : List.of(Optional.<String>empty(), Optional.of(""), Optional.of("  "))) {
            assertThatThrownBy(() -> SigningKeys.fromConfig("onewindow.rating.keys", "OW_RATING_KEYS", missing, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("onewindow.rating.keys is not set").hasMessageContaining("OW_RATING_KEYS")
                    .hasMessageContaining("openssl rand");
        }
    }

    @Test
    void onlyADevOrTestLaunchGoesWithoutKeysAndThenWithARandomOneOfItsOwn() {
        SigningKeys a = SigningKeys.fromConfig("p", "P", Optional.empty(), true);
        SigningKeys b = SigningKeys.fromConfig("p", "P", Optional.empty(), true);
        assertThat(a.current().id()).isEqualTo("ephemeral");
        assertThat(SigningKeys.hmac(a.current(), "m")).isNotEqualTo(SigningKeys.hmac(b.current(), "m"));
        // configured keys are checked in every launch mode
        assertThatThrownBy(() -> SigningKeys.fromConfig("p", "P", Optional.of("k1:local-demo-rating-secret-change-me"), true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void publishedPlaceholderShortAndMalformedKeysAreRefusedWithoutEchoingTheSecret() {
        for (String published : new String[] {"local-demo-rating-secret-change-me", "local-demo-document-secret-change-me",
                "intake-service-secret", "gateway-secret", "amr-system-secret", "a-very-long-secret-but-still-CHANGE-ME-0000000000"}) {
            assertThatThrownBy(() -> parse("k1:" + S1 + ",k0:" + published)).as(published)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("k0").hasMessageNotContaining(published);
        }
        assertThatThrownBy(() -> parse("k1:tooshort")).hasMessageContaining("shorter than 32");
        assertThatThrownBy(() -> parse(S1)).hasMessageContaining("kid:secret");
        assertThatThrownBy(() -> parse(":" + S1)).hasMessageContaining("kid:secret");
        assertThatThrownBy(() -> parse("k.1:" + S1)).hasMessageContaining("key id");
        assertThatThrownBy(() -> parse("k1:" + S1 + ",k1:" + S2)).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse(" , ")).hasMessageContaining("no key");
    }
}
