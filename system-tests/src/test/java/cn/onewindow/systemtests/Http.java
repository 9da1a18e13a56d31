package cn.onewindow.systemtests;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests: Keycloak tokens (cached per user) and JSON calls. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 as the browsers and department systems speak to the suite: the JDK client's default (HTTP/2, by an h2c
    // upgrade on a plain connection) once read an HTTP/1.1 answer as an HTTP/2 frame ("Frame type(58) length(6627872)
    // exceeds MAX_FRAME_SIZE") and failed a test's set-up (#24's first rehearsal)
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Http() {
    }

    public record Reply(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** A user's access token from Keycloak (password grant on the public CLI client). */
    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> form("onewindow-cli", null,
                "grant_type=password&username=" + enc(u) + "&password=onewindow"));
    }

    /** A newly issued token (not cached): what a user logging in now would get. */
    public static String freshToken(String username) {
        return form("onewindow-cli", null, "grant_type=password&username=" + enc(username) + "&password=onewindow");
    }

    /** The claims of a token (its payload, decoded; the signature is the services' business). */
    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (Exception e) {
            throw new AssertionError("unreadable token", e);
        }
    }

    /** A department system's token (client credentials). */
    public static String clientToken(String clientId, String secret) {
        return TOKENS.computeIfAbsent("client:" + clientId, c -> form(clientId, secret, "grant_type=client_credentials"));
    }

    private static String form(String clientId, String secret, String body) {
        String full = body + "&client_id=" + enc(clientId) + (secret == null ? "" : "&client_secret=" + enc(secret));
        var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Suite.KEYCLOAK
                        + "/realms/onewindow/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(full)).build();
        Reply r = send(req);
        if (r.status != 200) {
            throw new AssertionError("no token for " + clientId + ": " + r.body);
        }
        return r.json().get("access_token").asText();
    }

    public static Reply get(String url, String token) {
        return get(url, token, "application/json");
    }

    public static Reply get(String url, String token, String accept) {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", accept).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public static Reply post(String url, String token, Object body) {
        return post(url, token, body, Map.of());
    }

    /**
     * A POST with extra request headers (a W3C traceparent, a wrong content type…). A 409 concurrent-change
     * (a monitor touched the same record at that instant; nothing was changed) is sent again, up to five
     * times, as the API tells every client to do and the web app and the load driver do — a test that wants
     * to see that answer itself uses {@link #call}.
     */
    public static Reply post(String url, String token, Object body, Map<String, String> headers) {
        Reply r = postOnce(url, token, body, headers);
        for (int i = 0; i < 5 && r.status() == 409 && r.body().contains("\"concurrent-change\""); i++) {
            sleep(100L << i);
            r = postOnce(url, token, body, headers);
        }
        return r;
    }

    private static Reply postOnce(String url, String token, Object body, Map<String, String> headers) {
        String text;
        try {
            text = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        headers.forEach(b::setHeader);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /**
     * Any method, a raw body (null: none) of the given content type, and a raw Authorization value (null: none).
     * An event stream's answer is not read (it never ends): its status is what counts.
     */
    public static Reply call(String method, String url, String authorization, String contentType, String accept, String body) {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<java.io.InputStream> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (var in = r.body()) {
                boolean stream = r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                return new Reply(r.statusCode(), stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            throw new AssertionError("call failed: " + method + " " + url + ": " + e, e);
        }
    }

    /** Polls {@code url} until the answer satisfies {@code ok}, or fails after {@code timeout}. */
    public static Reply await(String url, String token, Predicate<Reply> ok, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        Reply last = null;
        while (System.nanoTime() < end) {
            last = get(url, token);
            if (ok.test(last)) {
                return last;
            }
            sleep(200);
        }
        throw new AssertionError("gave up waiting on " + url + "; last answer " + (last == null ? "none" : last.status + " " + last.body));
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply send(HttpRequest req) {
        try {
            HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new AssertionError("call failed: " + req.method() + " " + req.uri() + ": " + e, e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
