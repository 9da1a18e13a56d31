package cn.onewindow.platform.security;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * After the OIDC check accepted a bearer token (and every other augmentor has run: this one runs last), remembers
 * the identity for the token's life ({@link VerifiedTokens}). Identities of a login session (the gateway's code
 * flow) carry an ID token and are left alone; only an access token sent as a bearer is remembered.
 */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {
    private final VerifiedTokens tokens;

    public RememberVerifiedTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE; // after every other augmentor: what is remembered is the final identity
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (identity.isAnonymous() || access == null || access.getToken() == null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || !access.getToken().equals(jwt.getRawToken())
                || jwt.getExpirationTime() <= 0) {
            return Uni.createFrom().item(identity);
        }
        tokens.remember(access.getToken(), withoutRequest(identity), Instant.ofEpochSecond(jwt.getExpirationTime()));
        return Uni.createFrom().item(identity);
    }

    /** The identity without the request it was first built for (a later request must not see that one's context). */
    static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        var copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .setAnonymous(false);
        identity.getAttributes().forEach((k, v) -> {
            if (!RoutingContext.class.getName().equals(k) && !(v instanceof RoutingContext)) {
                copy.addAttribute(k, v);
            }
        });
        return copy.build();
    }
}
