package cn.onewindow.gateway.rest;

import java.util.List;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.gateway.proxy.ServicePath;
import cn.onewindow.gateway.proxy.ServiceProxy;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;

/**
 * {@code /api/<service>/<path>} → {@code <service>/api/<path>}, with the caller's token. Only a clean path
 * is forwarded ({@link ServicePath}): one with a dot segment, an encoded slash or a control character is
 * a 400 problem, and never reaches the service (nor its {@code /q/*}).
 */
@Path("/api/{service:intake|routing|approval|issuance|evaluation}/{path:.+}")
public class ProxyResource {
    private final ServiceProxy proxy;
    private final SecurityIdentity identity;

    public ProxyResource(ServiceProxy proxy, SecurityIdentity identity) {
        this.proxy = proxy;
        this.identity = identity;
    }

    @GET
    public Uni<Response> get(@PathParam("service") String s, @Context HttpServerRequest request,
                             @HeaderParam("Accept") String accept, @HeaderParam(ServiceProxy.IF_NONE_MATCH) String ifNoneMatch) {
        return forward(s, HttpMethod.GET, request, null, accept, null, ifNoneMatch, null);
    }

    @POST
    public Uni<Response> post(@PathParam("service") String s, @Context HttpServerRequest request,
                              @HeaderParam("Content-Type") String type, @HeaderParam("Accept") String accept,
                              @HeaderParam(ServiceProxy.IDEMPOTENCY_KEY) String key, byte[] body) {
        return forward(s, HttpMethod.POST, request, type, accept, key, null, body);
    }

    @PUT
    public Uni<Response> put(@PathParam("service") String s, @Context HttpServerRequest request,
                             @HeaderParam("Content-Type") String type, @HeaderParam("Accept") String accept,
                             @HeaderParam(ServiceProxy.IDEMPOTENCY_KEY) String key, byte[] body) {
        return forward(s, HttpMethod.PUT, request, type, accept, key, null, body);
    }

    @PATCH
    public Uni<Response> patch(@PathParam("service") String s, @Context HttpServerRequest request,
                               @HeaderParam("Content-Type") String type, @HeaderParam("Accept") String accept,
                               @HeaderParam(ServiceProxy.IDEMPOTENCY_KEY) String key, byte[] body) {
        return forward(s, HttpMethod.PATCH, request, type, accept, key, null, body);
    }

    @DELETE
    public Uni<Response> delete(@PathParam("service") String s, @Context HttpServerRequest request,
                                @HeaderParam("Accept") String accept) {
        return forward(s, HttpMethod.DELETE, request, null, accept, null, null, null);
    }

    private Uni<Response> forward(String service, HttpMethod method, HttpServerRequest request, String type,
                                  String accept, String key, String ifNoneMatch, byte[] body) {
        // the raw path, not the decoded {path}: decoded, "x%2F..%2F..%2Fq" leads out of the service's /api/
        ServicePath target = ServicePath.of(service, request.path(), request.query());
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        return relay(service, method, proxy.forward(service, method, target, token == null ? null : token.getToken(), type,
                accept, key, ifNoneMatch, body));
    }

    /**
     * The service's headers a caller gets as they are: the body's type, a replayed idempotent answer, when to retry,
     * what caches may keep and how they check it again (the certificates' key set: public, a minute, an ETag; a GET's
     * If-None-Match goes to the service, which may answer 304), and a CSV export's file name (CsvDownload).
     */
    static final List<String> PASSED_ON = List.of("Content-Type", ServiceProxy.REPLAYED, "Retry-After", "Cache-Control", "ETag",
            "Content-Disposition");

    /** The service's answer as the caller gets it, or the problem of a service that could not be reached. */
    static Uni<Response> relay(String service, HttpMethod method, Uni<HttpResponse<Buffer>> call) {
        return call.map(r -> answer(service, r))
                .onFailure(ex -> !(ex instanceof ProblemException)).transform(ex -> unreachable(service, method, ex));
    }

    /** The service's status, body and the headers a caller needs from it (its own paths, under the gateway's). */
    static Response answer(String service, HttpResponse<Buffer> r) {
        var b = Response.status(r.statusCode());
        for (String header : PASSED_ON) {
            String value = r.getHeader(header);
            if (value != null) {
                b.header(header, value);
            }
        }
        String location = r.getHeader("Location");
        if (location != null) {
            b.header("Location", "/api/" + service + location.replaceFirst("^/api", ""));
        }
        return b.entity(r.body() == null ? new byte[0] : r.body().getBytes()).build();
    }

    /**
     * A service that could not be reached never saw the call (503: retry). A service that failed or went
     * silent after the call was sent may have acted on it (502: look before acting again, or resend with
     * the same Idempotency-Key); a read never changes anything, so it is always a plain 503.
     */
    static ProblemException unreachable(String service, HttpMethod method, Throwable ex) {
        boolean neverSent = ex instanceof java.net.ConnectException || ex.getCause() instanceof java.net.ConnectException;
        if (neverSent || method == HttpMethod.GET) {
            return new ProblemException(503, "service-unavailable", "服务暂不可用（" + service + "），请稍后重试；本次操作未提交",
                    "The " + service + " service is unavailable; nothing was submitted");
        }
        return new ProblemException(502, "outcome-unknown", "服务（" + service + "）在处理中断开，操作可能已生效："
                + "请先查看案件状态再重试，或用同一幂等键（Idempotency-Key）重新提交",
                "The " + service + " service failed while handling the call; it may have taken effect: "
                        + "check the case before retrying, or resend with the same Idempotency-Key");
    }
}
