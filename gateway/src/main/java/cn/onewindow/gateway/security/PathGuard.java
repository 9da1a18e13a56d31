package cn.onewindow.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.gateway.http.ProblemResponses;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a malformed path ({@link PathSegments}) with a 400 problem at once, before login, before the body
 * is read and before any route decodes the path its own way: no service is called, no Keycloak either.
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
        if (path != null) {
            try {
                PathSegments.decode(path);
            } catch (PathRefusal refused) {
                problems.send(rc, refused);
                return;
            }
        }
        rc.next();
    }
}
