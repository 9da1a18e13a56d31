package cn.onewindow.approval.webhook.service;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.webhook.domain.CloudEventHeaderValue;
import cn.onewindow.approval.webhook.domain.WebhookAddress;
import cn.onewindow.approval.webhook.domain.WebhookSignature;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

/**
 * Sends one kept event to a webhook as a CloudEvent in HTTP binary content mode: the attributes in {@code ce-*} headers
 * (percent-encoded where the CloudEvents HTTP binding says so), the event's JSON as the body, signed as Standard Webhooks
 * signs ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}). Any 2xx answer acknowledges it;
 * anything else — another status, no answer in time, no connection — is a failure. Redirects are not followed: the
 * department registers the address it means.
 *
 * <p>Before each request the host is resolved and checked ({@link WebhookEgress}) and the connection goes to the checked
 * address; the URL's host still names the Host header, the TLS server name and the certificate's expected name. A
 * failure is described coarsely ("could not connect" whether the host did not resolve, resolved to a non-public address,
 * refused or did not answer the connection): whoever reads the webhook must not learn from it which addresses and ports
 * exist in the hall's network. The full cause goes to the service log only, and the receiver's answer is never shown.
 */
@ApplicationScoped
public class WebhookSender {
    static final String USER_AGENT = "OneWindow-approval-webhooks/1";
    static final String COULD_NOT_CONNECT = "could not connect";
    private static final int MAX_ERROR = 300;
    /** How much of an answer's body is read and dropped so that its connection can carry the next request; more closes it. */
    private static final int MAX_DRAINED = 64 * 1024;

    /** One kept event, as it is sent. */
    public record Delivery(long position, String eventId, String type, String source, String caseId, Instant time,
                           String data) {
    }

    /**
     * A receiver's answer: acknowledged, or why not — {@code error} as the department sees it, {@code detail} for the
     * service log.
     */
    public record Outcome(boolean acknowledged, String error, String detail) {
        static final Outcome ACKNOWLEDGED = new Outcome(true, null, null);

        static Outcome failed(String error, String detail) {
            return new Outcome(false, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error, detail);
        }
    }

    private final HttpClient http;
    private final WebhookEgress egress;
    private final Duration requestTimeout;

    public WebhookSender(Vertx vertx, WebhookSettings settings, WebhookEgress egress) {
        this.egress = egress;
        this.requestTimeout = settings.requestTimeout();
        this.http = vertx.createHttpClient(new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1) // no h2c upgrade: plain receivers answer the first request as sent
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setVerifyHost(true),
                // every webhook a round serves at once may have the same receiver: none waits for another's connection
                new PoolOptions().setHttp1MaxSize(settings.parallelWebhooks()));
    }

    @PreDestroy
    void close() {
        http.closeAndForget();
    }

    /** Posts {@code d} to {@code url}, signed with {@code key} at {@code now}; never fails, the outcome says how it went. */
    public Uni<Outcome> send(String url, byte[] key, Delivery d, Instant now) {
        WebhookAddress.Endpoint endpoint;
        try {
            endpoint = WebhookAddress.endpoint(url);
        } catch (IllegalArgumentException e) {
            // registration refuses such an address; one changed in the database by hand is reported, not called
            return Uni.createFrom().item(Outcome.failed("the stored address is unusable: " + e.getMessage(), e.getMessage()));
        }
        byte[] body = d.data().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = headers(key, d, now.getEpochSecond(), body);
        return egress.check(endpoint.lookupHost()).flatMap(verdict -> verdict.allowed()
                ? post(endpoint, verdict, headers, body)
                : Uni.createFrom().item(Outcome.failed(COULD_NOT_CONNECT, "address refused: " + verdict.refusal())));
    }

    /** The request's headers; the CloudEvents attributes encoded so that any value an event carries can be sent. */
    private static Map<String, String> headers(byte[] key, Delivery d, long timestamp, byte[] body) {
        String id = CloudEventHeaderValue.encode(d.eventId());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("User-Agent", USER_AGENT);
        headers.put("ce-specversion", "1.0");
        headers.put("ce-id", id);
        headers.put("ce-type", CloudEventHeaderValue.encode(d.type()));
        headers.put("ce-source", CloudEventHeaderValue.encode(d.source()));
        headers.put("ce-subject", CloudEventHeaderValue.encode(d.caseId()));
        headers.put("ce-time", d.time().toString());
        headers.put("ce-sequence", Long.toString(d.position()));
        // the id as the header carries it, so the receiver signs over what it reads
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(key, id, timestamp, body));
        return headers;
    }

    private Uni<Outcome> post(WebhookAddress.Endpoint endpoint, WebhookEgress.Verdict verdict, Map<String, String> headers, byte[] body) {
        var options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(endpoint.host())
                .setPort(endpoint.port())
                .setSsl(endpoint.https())
                .setURI(endpoint.target())
                // the checked address, not the name: it is not looked up again between the check and the connection
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(verdict.address(), endpoint.port())))
                .setFollowRedirects(false)
                // a request whose connection came only after the deadline below is not left holding it
                .setIdleTimeout(requestTimeout.toMillis());
        try {
            headers.forEach(options::putHeader);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(Outcome.failed("the event cannot be sent in HTTP headers: " + e.getMessage(), e.toString()));
        }
        return http.request(options)
                .flatMap(request -> request.send(Buffer.buffer(body))
                        .flatMap(response -> drain(response).replaceWith(response.statusCode()))
                        // past the deadline: the request is dropped, not left open
                        .onCancellation().invoke(() -> request.reset()))
                .ifNoItem().after(requestTimeout).failWith(() -> new TimeoutException("no answer within " + requestTimeout))
                .map(status -> status >= 200 && status < 300 ? Outcome.ACKNOWLEDGED : Outcome.failed("HTTP " + status, "HTTP " + status))
                .onFailure().recoverWithItem(this::describe);
    }

    /** Reads and drops the answer's body (it is not ours to keep or show); a long one closes the connection instead. */
    private static Uni<Void> drain(HttpClientResponse response) {
        long[] read = {0};
        response.handler(chunk -> {
            read[0] += chunk.length();
            if (read[0] > MAX_DRAINED) {
                response.request().reset();
            }
        });
        return response.end().onFailure().recoverWithNull();
    }

    private Outcome describe(Throwable e) {
        String detail = e.toString();
        if (e instanceof TimeoutException) {
            return Outcome.failed("no answer within " + requestTimeout.toSeconds() + " s", detail);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException) {
            return Outcome.failed(COULD_NOT_CONNECT, detail);
        }
        if (e instanceof SSLException) {
            return Outcome.failed("TLS handshake failed", detail + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
        return Outcome.failed("the connection failed before an answer", detail);
    }
}
