package cn.onewindow.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.gateway.proxy.ServicePath;
import cn.onewindow.gateway.proxy.ServiceProxy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;

/**
 * The hall's well-known addresses (RFC 8615): {@code /.well-known/jwks.json} is the public key set the e-certificates'
 * JWS verify against, where JOSE tools look for it. The issuance service owns the keys; the gateway only forwards,
 * without a token, and passes on the service's type and caching (Cache-Control, ETag; a caller's If-None-Match goes
 * to the service, which answers 304 for an unchanged set: docs/e-certificates.md).
 */
@Path("/.well-known")
public class WellKnownResource {
    static final String ISSUANCE_KEY_SET = "/api/issuance/public/certificates/jwks.json";

    private final ServiceProxy proxy;

    public WellKnownResource(ServiceProxy proxy) {
        this.proxy = proxy;
    }

    @GET
    @Path("/jwks.json")
    @Operation(summary = "The e-certificates' public signing keys as a JWK set (public)")
    public Uni<Response> certificateKeySet(@HeaderParam("Accept") String accept,
                                           @HeaderParam(ServiceProxy.IF_NONE_MATCH) String ifNoneMatch) {
        return ProxyResource.relay("issuance", HttpMethod.GET, proxy.forward("issuance", HttpMethod.GET,
                ServicePath.of("issuance", ISSUANCE_KEY_SET, null), null, null, accept, null, ifNoneMatch, null));
    }
}
