package cn.onewindow.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.gateway.http.ProblemResponses;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * A bearer token that is not even shaped like a JWT ({@link BearerToken}) is refused here with a 401 problem,
 * on any path: before the OIDC layer, which would have asked Keycloak to introspect it.
 */
@ApplicationScoped
public class MalformedTokenFilter {
    /** Before ApiAuthenticationFilter (1000) and the OIDC authentication (router order -200). */
    static final int PRIORITY = 1_100;

    private final ProblemResponses problems;

    public MalformedTokenFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @RouteFilter(PRIORITY)
    void refuseTokensShapedUnlikeAJwt(RoutingContext rc) {
        String token = BearerToken.in(rc.request().getHeader("Authorization"));
        if (token != null && !BearerToken.isJwtShaped(token)) {
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.send(rc, new ProblemException(401, "malformed-token", "令牌格式无效（不是 JWT），请重新登录获取令牌",
                    "The bearer token is not a JWT (three base64url parts); log in again for a token"));
            return;
        }
        rc.next();
    }
}
