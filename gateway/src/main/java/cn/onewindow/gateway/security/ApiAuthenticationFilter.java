package cn.onewindow.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * A program calling {@code /api/…} with neither a bearer token nor a login session gets a 401 problem
 * document, not the browser's redirect to the login page (the gateway runs OIDC in hybrid mode).
 */
@ApplicationScoped
public class ApiAuthenticationFilter {
    /** Off only in component tests, whose test identities come without any header (GatewayLoginIT covers it). */
    @ConfigProperty(name = "onewindow.gateway.api-needs-credentials", defaultValue = "true")
    boolean enabled;

    static final String SESSION_COOKIE = "q_session";
    static final String BODY = "{\"type\":\"https://onewindow.cn/problems/unauthenticated\",\"title\":\"Unauthorized\","
            + "\"status\":401,\"detail\":\"Authentication is required\",\"code\":\"unauthenticated\","
            + "\"titleZh\":\"未认证\",\"detailZh\":\"未登录或令牌无效\"}";

    // a route filter of priority P runs at router order -P: above the OIDC authentication handler
    @RouteFilter(1000)
    void requireCredentialsOnApi(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (enabled && path.startsWith("/api/") && !isPublic(path)
                && rc.request().getHeader("Authorization") == null
                && !hasSessionCookie(rc)) {
            rc.response().setStatusCode(401).putHeader("Content-Type", "application/problem+json").end(BODY);
            return;
        }
        rc.next();
    }

    /** The session cookie is split into q_session_chunk_N cookies when the tokens are large. */
    static boolean hasSessionCookie(RoutingContext rc) {
        return rc.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }

    static boolean isPublic(String path) {
        // the applicant's rating (per-case token instead of a login) and the e-certificate verification
        // and the calling screen (ticket numbers and windows only) and intake's service guide (办事指南: the catalogue in force)
        return path.equals("/api/evaluation/ratings") || path.startsWith("/api/issuance/public/")
                || path.startsWith("/api/display/") || path.startsWith("/api/intake/guide/")
                // the self-service terminal's help button (帮办代办): this one path, not intake's others under public/
                || path.equals("/api/intake/public/help-requests");
    }
}
