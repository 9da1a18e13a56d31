package cn.onewindow.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.gateway.http.ProblemResponses;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a malformed path ({@link PathSegments}) with a 400 problem at once, before login, before the body
 * is read and before any route decodes the path its own way: no service is called, no Keycloak either.
 * The query is held to RFC 3986 too. Quarkus' own check of the request line (an empty 400 for any target
 * {@code java.net.URI} cannot parse, e.g. a raw bracket) is switched off in the gateway ({@link
 * cn.onewindow.gateway.GatewayMain}) so that such a request reaches this filter and gets its problem document.
 */
@ApplicationScoped
public class PathGuard {
    /** Right after the security headers, before every other filter and Quarkus' own handlers. */
    static final int PRIORITY = 10_000;

    private final ProblemResponses problems;

    public PathGuard(ProblemResponses problems) {
        this.problems = problems;
    }

    @RouteFilter(PRIORITY)
    void refuseMalformedPaths(RoutingContext rc) {
        String path = rc.request().path();
        String query = rc.request().query();
        try {
            if (!rc.request().uri().startsWith("/")) {
                // an absolute-form target (GET http://host/… HTTP/1.1): nothing of the gateway's is asked that way,
                // and the login redirect would build its address from the made-up authority
                throw new PathRefusal(PathFault.NOT_ORIGIN_FORM);
            }
            if (path != null) {
                PathSegments.decode(path);
            }
            if (query != null) {
                PathSegments.checkQuery(query);
            }
        } catch (PathRefusal refused) {
            problems.send(rc, refused);
            return;
        }
        rc.next();
    }
}
