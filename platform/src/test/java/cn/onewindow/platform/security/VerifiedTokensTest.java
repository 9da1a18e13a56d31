package cn.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** A token's identity is served again only for exactly the token verified, and only while it has not expired. */
class VerifiedTokensTest {
    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjbGVyazEifQ.c2lnbmF0dXJl";

    final AtomicReference<Instant> now = new AtomicReference<>(T0);
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    static SecurityIdentity clerk() {
        return QuarkusSecurityIdentity.builder().setPrincipal(() -> "clerk1").addRole("window-clerk").build();
    }

    @Test
    void aVerifiedTokenIsServedItsIdentityUntilItExpires() {
        var tokens = new VerifiedTokens(clock, 100);
        SecurityIdentity identity = clerk();
        assertThat(tokens.find(TOKEN)).as("never verified").isNull();

        tokens.remember(TOKEN, identity, T0.plusSeconds(300));
        assertThat(tokens.find(TOKEN)).isSameAs(identity);

        now.set(T0.plusSeconds(299));
        assertThat(tokens.find(TOKEN)).isSameAs(identity);
        now.set(T0.plusSeconds(300));
        assertThat(tokens.find(TOKEN)).as("expired: left to OIDC, which refuses it").isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anyOtherTokenTextIsAMiss() {
        var tokens = new VerifiedTokens(clock, 100);
        tokens.remember(TOKEN, clerk(), T0.plusSeconds(300));
        // one changed character of the signature, a token cut short, one with a byte added
        assertThat(tokens.find(TOKEN.substring(0, TOKEN.length() - 1) + "x")).isNull();
        assertThat(tokens.find(TOKEN.substring(0, TOKEN.length() - 1))).isNull();
        assertThat(tokens.find(TOKEN + "A")).isNull();
        assertThat(tokens.find(null)).isNull();
    }

    @Test
    void anExpiredTokenIsNeverRemembered() {
        var tokens = new VerifiedTokens(clock, 100);
        tokens.remember(TOKEN, clerk(), T0);
        tokens.remember(TOKEN + "b", clerk(), T0.minusSeconds(1));
        assertThat(tokens.size()).isZero();
        assertThat(tokens.find(TOKEN)).isNull();
    }

    @Test
    void theCacheStaysWithinItsBoundExpiredEntriesGoingFirst() {
        var tokens = new VerifiedTokens(clock, 3);
        tokens.remember("a.a.a", clerk(), T0.plusSeconds(10));
        tokens.remember("b.b.b", clerk(), T0.plusSeconds(100));
        tokens.remember("c.c.c", clerk(), T0.plusSeconds(100));
        now.set(T0.plusSeconds(20));
        tokens.remember("d.d.d", clerk(), T0.plusSeconds(100));
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.find("b.b.b")).isNotNull();
        assertThat(tokens.find("d.d.d")).isNotNull();

        tokens.remember("e.e.e", clerk(), T0.plusSeconds(100));
        assertThat(tokens.size()).as("all live: started afresh").isEqualTo(1);
        assertThat(tokens.find("e.e.e")).isNotNull();
    }

    @Test
    void aCapacityOfZeroTurnsTheCacheOff() {
        var tokens = new VerifiedTokens(clock, 0);
        tokens.remember(TOKEN, clerk(), T0.plusSeconds(300));
        assertThat(tokens.find(TOKEN)).isNull();
    }
}
