package cn.onewindow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** REST calls through the gateway, each timed under its name; 5xx answers and transport failures counted as errors. */
public class Api {
    public record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final String base;
    private final ObjectMapper json = new ObjectMapper();
    private final Samples samples;
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private volatile boolean recording;

    public Api(HttpClient http, String base, Samples samples) {
        this.http = http;
        this.base = base;
        this.samples = samples;
    }

    /** Samples are kept only while recording (after the warm-up). */
    public void recording(boolean on) {
        this.recording = on;
    }

    private final AtomicLong replayed = new AtomicLong();

    /** Answers given again from a first attempt (a submission resent with its Idempotency-Key). */
    public long replayed() {
        return replayed.get();
    }

    public Map<String, AtomicLong> errors() {
        return errors;
    }

    /** When the first and the last failed call (transport or 5xx) of the run happened, null before any. */
    public record ErrorWindow(Instant first, Instant last) {
    }

    private final java.util.concurrent.atomic.AtomicReference<ErrorWindow> errorWindow = new java.util.concurrent.atomic.AtomicReference<>();

    public ErrorWindow errorWindow() {
        return errorWindow.get();
    }

    private void failed(String what) {
        errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        Instant now = Instant.now();
        errorWindow.accumulateAndGet(new ErrorWindow(now, now),
                (old, x) -> old == null ? x : new ErrorWindow(old.first(), x.last()));
    }

    public CompletableFuture<Answer> call(String name, String method, String path, String token, Object body) {
        return call(name, method, path, token, body, Map.of());
    }

    public CompletableFuture<Answer> call(String name, String method, String path, String token, Object body,
                                          Map<String, String> headers) {
        byte[] payload;
        try {
            payload = body == null ? new byte[0] : json.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, payload.length == 0 && !"POST".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(payload));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        long start = System.nanoTime();
        boolean measured = recording;
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((r, failure) -> {
                    if (measured) {
                        samples.add(name, (System.nanoTime() - start) / 1e6);
                    }
                    if (failure != null) {
                        failed(name + " (transport)");
                        throw new IllegalStateException(name + ": " + failure, failure);
                    }
                    if (r.headers().firstValue("Idempotent-Replayed").isPresent()) {
                        replayed.incrementAndGet();
                    }
                    if (r.statusCode() >= 500) {
                        failed(name + " " + r.statusCode());
                    }
                    try {
                        JsonNode b = r.body().length == 0 ? NullNode.getInstance() : json.readTree(r.body());
                        return new Answer(r.statusCode(), b);
                    } catch (java.io.IOException e) {
                        return new Answer(r.statusCode(), NullNode.getInstance());
                    }
                });
    }
}
