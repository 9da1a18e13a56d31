package cn.onewindow.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from Keycloak, kept and reused as real clients do, and renewed when 70 % of their
 * life has passed (or after {@code renewAfter}, to make a run meet Keycloak more often). Staff log in
 * with the password grant (the CLI client), department systems with client credentials. Renewal
 * happens in the background while the held token is still valid, so a Keycloak that does not answer
 * delays no call: the services verify the held token themselves, and renewal is tried again later.
 */
public class Tokens {
    static final String PASSWORD = "onewindow";
    private static final long RETRY_NANOS = Duration.ofSeconds(3).toNanos();
    private final HttpClient http;
    private final String tokenUrl;
    private final Duration renewAfter;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Set<String> renewing = ConcurrentHashMap.newKeySet();
    private final ExecutorService renewer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "token-renewal");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong failedRenewals = new AtomicLong();

    private record Held(String token, long renewAtNanos, long expiresAtNanos) {
    }

    /** No token to be had: Keycloak did not answer and none is held that is still valid. The call was never sent. */
    public static class Unavailable extends IllegalStateException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Tokens(HttpClient http, String keycloak) {
        this(http, keycloak, null);
    }

    public Tokens(HttpClient http, String keycloak, Duration renewAfter) {
        this.http = http;
        this.tokenUrl = keycloak + "/realms/onewindow/protocol/openid-connect/token";
        this.renewAfter = renewAfter;
    }

    /** Token requests Keycloak did not answer (the held token was used meanwhile, or the call was not sent). */
    public long failedRenewals() {
        return failedRenewals.get();
    }

    public String staff(String username) {
        return get("user:" + username, "grant_type=password&client_id=onewindow-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD);
    }

    public String system(String clientId, String secret) {
        return get("client:" + clientId, "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
    }

    private String get(String key, String form) {
        Held h = held.get(key);
        long now = System.nanoTime();
        if (h != null && now < h.renewAtNanos()) {
            return h.token();
        }
        if (h != null && now < h.expiresAtNanos()) {
            if (renewing.add(key)) {
                renewer.execute(() -> {
                    try {
                        fetch(key, form);
                    } catch (RuntimeException e) {
                        // counted; the held token serves until it expires
                    } finally {
                        renewing.remove(key);
                    }
                });
            }
            return h.token();
        }
        synchronized (this) {
            h = held.get(key);
            if (h != null && System.nanoTime() < h.expiresAtNanos()) {
                return h.token();
            }
            return fetch(key, form);
        }
    }

    private String fetch(String key, String form) {
        try {
            var r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 500) {
                throw new java.io.IOException("Keycloak answered " + r.statusCode());
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + key + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode t = json.readTree(r.body());
            long life = t.path("expires_in").asLong(300);
            long now = System.nanoTime();
            long renewIn = (long) (life * 0.7e9);
            if (renewAfter != null) {
                renewIn = Math.min(renewIn, renewAfter.toNanos());
            }
            Held fresh = new Held(t.path("access_token").asText(), now + renewIn, now + (long) ((life - 10) * 1e9));
            held.put(key, fresh);
            return fresh.token();
        } catch (java.io.IOException e) {
            failedRenewals.incrementAndGet();
            Held h = held.get(key);
            if (h != null && System.nanoTime() < h.expiresAtNanos()) {
                held.put(key, new Held(h.token(), System.nanoTime() + RETRY_NANOS, h.expiresAtNanos()));
                return h.token();
            }
            throw new Unavailable("no token for " + key + ": Keycloak unreachable (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
