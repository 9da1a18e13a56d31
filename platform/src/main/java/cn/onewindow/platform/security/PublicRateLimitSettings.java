package cn.onewindow.platform.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The throttle on the public paths ({@link PublicRateLimit}, {@code onewindow.public.*}): a token bucket per client
 * address. Every property under the prefix must be one of these: an unknown {@code onewindow.public.*} property fails
 * the start ({@code onewindow.public-base-url} is another name, outside the prefix).
 */
@ConfigMapping(prefix = "onewindow.public")
public interface PublicRateLimitSettings {
    /** {@code onewindow.public.rate-limit.enabled}. */
    RateLimit rateLimit();

    /** The bucket's refill: requests per second and client. */
    @WithDefault("20")
    double ratePerSecond();

    /** The bucket's size: the requests a client may make at once. */
    @WithDefault("200")
    int burst();

    /** The most client addresses with a bucket of their own; newer ones share one (ClientRateLimiter). */
    @WithDefault("100000")
    int maxClients();

    /**
     * The header in which a trusted proxy in front puts the caller's address (behind a Gateway API route: {@code X-Forwarded-For});
     * unset or blank: the connection's peer is the client.
     */
    Optional<String> clientAddressHeader();

    interface RateLimit {
        /** Off: the public paths are not throttled at all. */
        @WithDefault("true")
        boolean enabled();
    }
}
