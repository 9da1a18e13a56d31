package cn.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The pseudonym is stable under one key, differs under another, and never shows the number it stands for. */
class ApplicantRefTest {
    static final String KEY = "a".repeat(64);
    static final String PERSON_ID = "11010519491231002X";
    static final String ORG_CODE = "91350100M000100Y43";

    @Test
    void stableUnderTheSameKey() {
        var one = new ApplicantRef(Optional.of(KEY), false);
        var other = new ApplicantRef(Optional.of(KEY), false);
        String ref = one.of("PERSON", PERSON_ID);
        assertThat(ref).matches("[0-9a-f]{64}").doesNotContain(PERSON_ID);
        assertThat(other.of("PERSON", PERSON_ID)).as("another service with the hall's key").isEqualTo(ref);
        assertThat(one.of(new Applicant(PERSON_ID, "张三", Applicant.Kind.PERSON, null, null))).as("the login's ref = the window's").isEqualTo(ref);
    }

    @Test
    void repeatedCallsOnOneAndOnSeveralThreadsGiveTheUncachedHmac() throws Exception {
        var refs = new ApplicantRef(Optional.of(KEY), false);
        var key = new SigningKeys.Key("applicant-ref", KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String person = java.util.HexFormat.of().formatHex(SigningKeys.hmac(key, "PERSON:" + PERSON_ID));
        String org = java.util.HexFormat.of().formatHex(SigningKeys.hmac(key, "ORGANISATION:" + ORG_CODE));
        for (int i = 0; i < 3; i++) { // the per-thread Mac is reset by each answer: nothing of one call is in the next
            assertThat(refs.of("PERSON", PERSON_ID)).isEqualTo(person);
            assertThat(refs.of("ORGANISATION", ORG_CODE)).isEqualTo(org);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = pool.invokeAll(java.util.Collections.nCopies(16,
                    (java.util.concurrent.Callable<String>) () -> refs.of("PERSON", PERSON_ID)));
            for (var a : answers) {
                assertThat(a.get()).isEqualTo(person);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void keyed() {
        var one = new ApplicantRef(Optional.of(KEY), false);
        var other = new ApplicantRef(Optional.of("b".repeat(64)), false);
        assertThat(other.of("PERSON", PERSON_ID)).isNotEqualTo(one.of("PERSON", PERSON_ID));
        assertThat(one.of("PERSON", "110105194912310037")).isNotEqualTo(one.of("PERSON", PERSON_ID));
    }

    @Test
    void anOrganisationsAgentIsFiledUnderTheOrganisation() {
        var refs = new ApplicantRef(Optional.of(KEY), false);
        var agent = new Applicant(PERSON_ID, "张三", Applicant.Kind.ORGANISATION, ORG_CODE, "示范科技有限公司");
        assertThat(refs.of(agent)).isEqualTo(refs.of("ORGANISATION", ORG_CODE)).isNotEqualTo(refs.of("PERSON", PERSON_ID));
        assertThat(refs.of("ORGANISATION", PERSON_ID)).as("kind is part of the pseudonym").isNotEqualTo(refs.of("PERSON", PERSON_ID));
        assertThat(refs.of(null, PERSON_ID)).isNull();
        assertThat(refs.of("PERSON", null)).isNull();
    }

    @Test
    void noKeyNoStartOutsideDevAndTest() {
        assertThatThrownBy(() -> new ApplicantRef(Optional.empty(), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ApplicantRef.PROPERTY).hasMessageContaining(ApplicantRef.ENV);
        assertThatThrownBy(() -> new ApplicantRef(Optional.of("short"), false)).hasMessageContaining("shorter");
        assertThatThrownBy(() -> new ApplicantRef(Optional.of("local-demo-applicant-secret-change-me"), false))
                .hasMessageContaining("placeholder").hasMessageNotContaining("local-demo");
        var dev = new ApplicantRef(Optional.empty(), true);
        assertThat(dev.of("PERSON", PERSON_ID)).as("a dev run's own random key").isNotEqualTo(new ApplicantRef(Optional.of(KEY), false).of("PERSON", PERSON_ID));
    }
}
