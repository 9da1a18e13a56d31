package cn.onewindow.gateway.proxy;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * Forwards a REST call to the service that owns it, with the user's own access token, so each
 * service decides authority itself. The browser never sees a service address or a client secret.
 */
@ApplicationScoped
public class ServiceProxy {
    private final WebClient client;
    private final Map<String, String> services;

    public ServiceProxy(Vertx vertx, ServiceAddresses addresses) {
        this.client = WebClient.create(vertx, new WebClientOptions().setMaxPoolSize(64).setKeepAlive(true)
                .setConnectTimeout(2000).setIdleTimeout(60));
        this.services = Map.of("intake", addresses.intake(), "routing", addresses.routing(),
                "approval", addresses.approval(), "issuance", addresses.issuance(), "evaluation", addresses.evaluation());
    }

    /** Passed through both ways: the client's retry key, and the service's mark on a repeated answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** A cache's revalidation, passed on to the service, which answers 304 when its ETag is the one named. */
    public static final String IF_NONE_MATCH = "If-None-Match";

    public boolean knows(String service) {
        return services.containsKey(service);
    }

    /** The call goes to {@code <service>/api/<path>}: a {@link ServicePath} is never outside the service's /api/. */
    public Uni<HttpResponse<Buffer>> forward(String service, HttpMethod method, ServicePath path, String bearer,
                                             String contentType, String accept, String idempotencyKey, byte[] body) {
        return forward(service, method, path, bearer, contentType, accept, idempotencyKey, null, body);
    }

    /** As above, with the caller's {@code If-None-Match} (null: none). */
    public Uni<HttpResponse<Buffer>> forward(String service, HttpMethod method, ServicePath path, String bearer,
                                             String contentType, String accept, String idempotencyKey, String ifNoneMatch,
                                             byte[] body) {
        String base = services.get(service);
        var request = client.requestAbs(method, base + "/api/" + path.pathAndQuery()).timeout(30_000);
        if (bearer != null) {
            request.putHeader("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        request.putHeader("Accept", accept == null ? "application/json" : accept);
        if (idempotencyKey != null) {
            request.putHeader(IDEMPOTENCY_KEY, idempotencyKey);
        }
        if (ifNoneMatch != null) {
            request.putHeader(IF_NONE_MATCH, ifNoneMatch);
        }
        return body == null || body.length == 0 ? request.send() : request.sendBuffer(Buffer.buffer(body));
    }
}
