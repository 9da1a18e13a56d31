package cn.onewindow.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from Keycloak, kept and reused as real clients do, and fetched anew when 70 % of
 * their life has passed. Staff log in with the password grant (the CLI client), department systems
 * with client credentials.
 */
public class Tokens {
    static final String PASSWORD = "onewindow";
    private final HttpClient http;
    private final String tokenUrl;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(String token, long renewAtNanos) {
    }

    public Tokens(HttpClient http, String keycloak) {
        this.http = http;
        this.tokenUrl = keycloak + "/realms/onewindow/protocol/openid-connect/token";
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
        if (h != null && System.nanoTime() < h.renewAtNanos()) {
            return h.token();
        }
        synchronized (this) {
            h = held.get(key);
            if (h != null && System.nanoTime() < h.renewAtNanos()) {
                return h.token();
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("Keycloak refused " + key + ": " + r.statusCode() + " " + r.body());
                }
                JsonNode t = json.readTree(r.body());
                long life = t.path("expires_in").asLong(300);
                Held fresh = new Held(t.path("access_token").asText(), System.nanoTime() + (long) (life * 0.7e9));
                held.put(key, fresh);
                return fresh.token();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
