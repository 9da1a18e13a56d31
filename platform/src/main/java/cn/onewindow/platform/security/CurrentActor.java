package cn.onewindow.platform.security;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person (or department system) behind the current request, read from the Keycloak token:
 * post from the realm roles, department and hall from the token's claims.
 */
@RequestScoped
public class CurrentActor {
    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor actor() {
        if (identity.isAnonymous()) {
            throw new ProblemException(401, "unauthenticated", "未登录或令牌无效", "Authentication is required");
        }
        String post = Posts.ALL.stream().filter(identity::hasRole).findFirst().orElse(null);
        return new Actor(claim("sub", identity.getPrincipal().getName()), claim("preferred_username", null),
                displayName(), post, claim("department", null), null, null);
    }

    /** The department in the token, required for department posts and systems. */
    public String department() {
        String d = claim("department", null);
        if (d == null || d.isBlank()) {
            throw ProblemException.forbidden("no-department", "令牌中没有所属部门", "The token names no department");
        }
        return d;
    }

    /**
     * The hall the staff member works at (区域通办): the token's {@code hall} claim, which only the realm's administrators
     * set. Every staff act that belongs to a hall (a take-in, a hand-out, an express dispatch) is checked against it.
     */
    public String hall() {
        String h = claim("hall", null);
        if (h == null || h.isBlank()) {
            throw ProblemException.forbidden("no-hall", "令牌中没有所属大厅", "The token names no hall");
        }
        return h;
    }

    private String displayName() {
        String family = claim("family_name", "");
        String given = claim("given_name", "");
        String n = (family + given).trim();
        return n.isEmpty() ? claim("preferred_username", identity.getPrincipal().getName()) : n;
    }

    private String claim(String name, String fallback) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object v = jwt.getClaim(name);
            if (v != null) {
                String s = v.toString();
                return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
            }
        }
        return fallback;
    }
}
