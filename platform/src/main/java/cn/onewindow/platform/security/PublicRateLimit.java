package cn.onewindow.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.platform.problem.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Throttles the paths anyone may call without logging in ({@link PublicPaths}: ratings, e-certificate
 * verification, the calling screen) per client address with a token bucket (#20, item 9): a burst of
 * {@code onewindow.public.burst} requests, refilled at {@code onewindow.public.rate-per-second}. Beyond it the
 * answer is 429, a problem document in English and Chinese with {@code Retry-After}, before any work is done.
 *
 * <p>The defaults are generous (20/s, burst 200): a hall's public Wi-Fi puts many applicants behind one address,
 * and the calling screen reconnects its stream. The component tests raise them ({@code %test}), and so does the
 * local run (deploy/local/suite.sh: its load driver and end-to-end tests call everything from 127.0.0.1).
 *
 * <p>The client is the connection's peer, unless {@code onewindow.public.client-address-header} names the header
 * in which a trusted proxy in front puts the caller's address (behind a Gateway API route: {@code X-Forwarded-For}; of a list, the
 * last entry — the one the nearest proxy wrote). Set it only behind such a proxy: anyone else can write that
 * header. Behind the gateway a service sees the gateway as its client, so there its bucket caps all public
 * traffic through one gateway instance, while the gateway itself throttles each caller.
 */
@ApplicationScoped
public class PublicRateLimit {
    private static final Logger LOG = Logger.getLogger(PublicRateLimit.class);
    static final String CODE = "rate-limited";
    /** Filters run by priority, highest first: a refusal comes before authentication and routing spend anything. */
    static final int PRIORITY = 2_000;

    private final boolean enabled;
    private final Optional<String> clientHeader;
    private final ClientRateLimiter limiter;
    private final ObjectMapper json;
    private final Counter throttled;

    @Inject
    public PublicRateLimit(PublicRateLimitSettings settings, ObjectMapper json, MeterRegistry registry) {
        this(settings.rateLimit().enabled(), settings.ratePerSecond(), settings.burst(), settings.maxClients(),
                settings.clientAddressHeader(), json, registry);
    }

    PublicRateLimit(boolean enabled, double perSecond, int burst, int maxClients, Optional<String> clientHeader,
                    ObjectMapper json, MeterRegistry registry) {
        this.enabled = enabled;
        this.clientHeader = clientHeader.map(String::strip).filter(h -> !h.isEmpty());
        this.limiter = new ClientRateLimiter(perSecond, burst, maxClients, System.nanoTime());
        this.json = json;
        this.throttled = Counter.builder("onewindow.public.throttled")
                .description("Requests to public paths refused with 429 (PublicRateLimit)").register(registry);
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::filter, PRIORITY);
        }
    }

    void filter(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = rc.normalizedPath();
        String method = request.method().name();
        // most requests are staff calls: only a public path costs a look at the caller and its bucket
        long wait = PublicPaths.throttled(method, path) ? admit(method, path, client(request), System.nanoTime()) : 0;
        if (wait == 0) {
            rc.next();
            return;
        }
        long seconds = retryAfterSeconds(wait);
        throttled.increment();
        LOG.debugf("throttled %s %s for %s s", request.method().name(), path, seconds);
        rc.response().setStatusCode(429)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(seconds))
                .end(problem(path, seconds));
    }

    /** 0 when the request goes on (not a public path, or within its client's allowance), else nanoseconds to wait. */
    long admit(String method, String path, String client, long now) {
        return PublicPaths.throttled(method, path) ? limiter.acquire(client, now) : 0;
    }

    /** Whole seconds, rounded up, at least 1: what Retry-After can say. */
    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    String problem(String path, long seconds) {
        var p = new Problem("https://onewindow.cn/problems/" + CODE, "Too Many Requests", 429,
                "Too many requests from your address; try again in " + seconds + " s", path, CODE, "请求过于频繁",
                "您所在地址的请求过于频繁，请" + seconds + "秒后再试", null);
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
    }

    private String client(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return client(clientHeader.map(h -> forwarded(request.headers().getAll(h))).orElse(null),
                peer == null ? null : peer.hostAddress());
    }

    /**
     * Every line of the proxy's header as one list: a proxy may append its entry to the caller's line or add a line of
     * its own (HAProxy does), and the first line alone would be the caller's word, not the proxy's.
     */
    static String forwarded(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join(",", lines);
    }

    /** The proxy's header when there is one (of a list, the last entry: what the nearest proxy saw), else the peer. */
    static String client(String forwarded, String peer) {
        if (forwarded != null && !forwarded.isBlank()) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return peer == null ? "unknown" : peer;
    }
}
