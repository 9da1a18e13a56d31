package cn.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bearer that is no JWT is refused by the gateway itself, not introspected by Keycloak (#20, item 8). */
class BearerTokenTest {
    /** The shape of a Keycloak access token (header, claims, RS256 signature), with made-up content. */
    static final String JWT_SHAPED = "eyJhbGciOiJSUzI1NiIsInR5cCIgOiAiSldUIn0.eyJzdWIiOiJjbGVyazEifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU";

    @Test
    void theTokenIsTakenFromABearerHeaderOnly() {
        assertThat(BearerToken.in("Bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(BearerToken.in("bearer   abc ")).isEqualTo("abc");
        assertThat(BearerToken.in("Bearer")).isEmpty();
        assertThat(BearerToken.in(null)).isNull();
        assertThat(BearerToken.in("Basic dXNlcjpwYXNz")).isNull();
        assertThat(BearerToken.in("Bearerabc")).isNull();
    }

    @Test
    void aJwtHasThreeBase64urlParts() {
        assertThat(BearerToken.isJwtShaped(JWT_SHAPED)).isTrue();
        for (String notAJwt : new String[] {"not-a-token", "", "abc.def", "ab.cd.ef.gh", "ab..cd", "ab.cd.", ".ab.cd",
                "ab+c.de/f.gh", "ab.cd.ef=", "ab.cd.e", "ab cd.ef.gh", "eyJ.eyJ.sig\u0000"}) {
            assertThat(BearerToken.isJwtShaped(notAJwt)).as(notAJwt).isFalse();
        }
        assertThat(BearerToken.isJwtShaped(null)).isFalse();
    }
}
