package cn.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The public paths' throttle (#20, item 9): the token bucket's arithmetic with time passed in, the bounded
 * set of clients, which paths it covers, who the client is, and the 429 it answers.
 */
class PublicRateLimitTest {
    static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    static final long T0 = 1_000 * SECOND;

    @Test
    void aBucketGivesItsBurstThenRefillsAtItsRate() {
        var bucket = new TokenBucket(3, 2, T0); // burst 3, 2 per second: a token every half second
        assertThat(bucket.take(T0)).isZero();
        assertThat(bucket.take(T0)).isZero();
        assertThat(bucket.take(T0)).isZero();
        assertThat(bucket.take(T0)).as("empty: half a second until the next token").isEqualTo(SECOND / 2);
        assertThat(bucket.take(T0 + SECOND / 4)).as("a quarter refilled").isEqualTo(SECOND / 4);
        assertThat(bucket.take(T0 + SECOND / 2)).isZero();
        assertThat(bucket.take(T0 + SECOND / 2)).isPositive();
        // a long pause refills to the burst, never beyond it
        long later = T0 + 3600 * SECOND;
        assertThat(bucket.isFull(later)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.take(later)).isZero();
        }
        assertThat(bucket.take(later)).isPositive();
    }

    @Test
    void aClockThatSeemsToGoBackGivesNothingExtra() {
        var bucket = new TokenBucket(1, 1, T0);
        assertThat(bucket.take(T0)).isZero();
        assertThat(bucket.take(T0 - SECOND)).isPositive();
        assertThat(bucket.take(T0 + SECOND)).isZero();
    }

    @Test
    void aBucketNeedsACapacityAndARate() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(5, 0, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachClientHasItsOwnBucket() {
        var limiter = new ClientRateLimiter(1, 2, 100, T0);
        assertThat(limiter.acquire("203.0.113.7", T0)).isZero();
        assertThat(limiter.acquire("203.0.113.7", T0)).isZero();
        assertThat(limiter.acquire("203.0.113.7", T0)).as("its burst spent").isPositive();
        assertThat(limiter.acquire("198.51.100.1", T0)).as("another address is not held back").isZero();
    }

    @Test
    void fullBucketsAreForgottenAndNewcomersBeyondTheCapShareOne() {
        var limiter = new ClientRateLimiter(1, 1, 2, T0);
        limiter.acquire("a", T0);
        limiter.acquire("b", T0);
        assertThat(limiter.tracked()).isEqualTo(2);
        // the cap reached: c and d share one bucket of one token, a and b keep theirs
        assertThat(limiter.acquire("c", T0)).isZero();
        assertThat(limiter.acquire("d", T0)).isPositive();
        assertThat(limiter.tracked()).isEqualTo(2);
        // a minute later every bucket is full again, so forgotten, and each address gets its own again
        long later = T0 + ClientRateLimiter.SWEEP_EVERY;
        assertThat(limiter.acquire("c", later)).isZero();
        assertThat(limiter.tracked()).isEqualTo(1);
        assertThat(limiter.acquire("d", later)).isZero();
    }

    @Test
    void onlyThePublicPathsAreThrottled() {
        assertThat(PublicPaths.throttled("POST", "/api/public/certificates/verification")).isTrue();
        assertThat(PublicPaths.throttled("GET", "/api/public/certificates/EC-DX-20261123-000001")).isTrue();
        assertThat(PublicPaths.throttled("POST", "/api/ratings")).isTrue();
        assertThat(PublicPaths.throttled("POST", "/api/ratings/")).isTrue();
        assertThat(PublicPaths.throttled("GET", "/api/evaluations/DX-1/ratings")).as("staff, logged in").isFalse();
        // the gateway's door to the same, and its calling screen
        assertThat(PublicPaths.throttled("POST", "/api/evaluation/ratings")).isTrue();
        assertThat(PublicPaths.throttled("GET", "/api/issuance/public/certificates/keys")).isTrue();
        assertThat(PublicPaths.throttled("GET", "/api/display/stream")).isTrue();
        assertThat(PublicPaths.throttled("GET", "/api/display/calls")).isTrue();
        assertThat(PublicPaths.throttled("GET", "/.well-known/jwks.json")).as("the certificates' key set").isTrue();
        assertThat(PublicPaths.throttled("GET", "/api/guide/items/AMR-0001")).as("the service guide").isTrue();
        assertThat(PublicPaths.throttled("GET", "/api/intake/guide/lists/only-once")).as("the guide via the gateway").isTrue();
        assertThat(PublicPaths.throttled("POST", "/api/guide/items")).as("the guide is read-only").isFalse();
        assertThat(PublicPaths.throttled("GET", "/api/intake/guidebook")).isFalse();
        // the self-service terminal's help button (帮办代办): intake's own public path, and that one path via the gateway
        assertThat(PublicPaths.throttled("POST", "/api/public/help-requests")).isTrue();
        assertThat(PublicPaths.throttled("POST", "/api/intake/public/help-requests")).isTrue();
        assertThat(PublicPaths.throttled("POST", "/api/intake/public/help-requests/x/answer")).isFalse();
        assertThat(PublicPaths.throttled("POST", "/api/intake/help-requests")).as("staff, logged in").isFalse();
        // everything else is for staff with a login
        assertThat(PublicPaths.throttled("POST", "/api/cases")).isFalse();
        assertThat(PublicPaths.throttled("GET", "/api/ratings")).isFalse();
        assertThat(PublicPaths.throttled("GET", "/q/health/ready")).isFalse();
        assertThat(PublicPaths.throttled("GET", "/api/publicity")).isFalse();
        assertThat(PublicPaths.throttled("GET", null)).isFalse();
    }

    @Test
    void theClientIsTheProxysLastWordOrElseThePeer() {
        assertThat(PublicRateLimit.client(null, "127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(PublicRateLimit.client("203.0.113.7", "10.1.2.3")).isEqualTo("203.0.113.7");
        // a caller's own X-Forwarded-For entries come first; the nearest proxy appends what it saw
        assertThat(PublicRateLimit.client("1.2.3.4, 203.0.113.7", "10.1.2.3")).isEqualTo("203.0.113.7");
        assertThat(PublicRateLimit.client(" ", "10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(PublicRateLimit.client("1.2.3.4,", "10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(PublicRateLimit.client(null, null)).isEqualTo("unknown");
    }

    @Test
    void aProxysOwnHeaderLineAfterTheCallersIsTheOneThatCounts() {
        // HAProxy-style: the caller's line first, the proxy adds a line of its own instead of appending
        assertThat(PublicRateLimit.client(PublicRateLimit.forwarded(List.of("1.2.3.4", "203.0.113.7")), "10.1.2.3"))
                .isEqualTo("203.0.113.7");
        assertThat(PublicRateLimit.client(PublicRateLimit.forwarded(List.of("1.2.3.4, 5.6.7.8", "203.0.113.7")), "10.1.2.3"))
                .isEqualTo("203.0.113.7");
        assertThat(PublicRateLimit.forwarded(List.of())).isNull();
        assertThat(PublicRateLimit.client(PublicRateLimit.forwarded(List.of()), "10.1.2.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void beyondItsAllowanceAClientGetsA429ProblemInBothLanguagesWithRetryAfter() throws Exception {
        var limit = new PublicRateLimit(true, 1, 2, 1000, Optional.empty(), new ObjectMapper(), new SimpleMeterRegistry());
        long now = System.nanoTime();
        assertThat(limit.admit("POST", "/api/ratings", "203.0.113.7", now)).isZero();
        assertThat(limit.admit("POST", "/api/ratings", "203.0.113.7", now)).isZero();
        long wait = limit.admit("POST", "/api/ratings", "203.0.113.7", now);
        assertThat(wait).isPositive();
        assertThat(limit.admit("POST", "/api/cases", "203.0.113.7", now)).as("not a public path").isZero();
        assertThat(PublicRateLimit.retryAfterSeconds(wait)).isEqualTo(1);
        assertThat(PublicRateLimit.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(PublicRateLimit.retryAfterSeconds(SECOND + 1)).isEqualTo(2);

        var problem = new ObjectMapper().readTree(limit.problem("/api/ratings", 1));
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("code").asText()).isEqualTo("rate-limited");
        assertThat(problem.path("detail").asText()).contains("try again in 1 s");
        assertThat(problem.path("detailZh").asText()).contains("请求过于频繁", "1秒");
        assertThat(problem.path("titleZh").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).isEqualTo("/api/ratings");
    }
}
