package cn.onewindow.platform.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Readiness: can this service reach Keycloak (the realm's OIDC discovery document)? The service keeps
 * verifying tokens with the signing keys it already holds, so a short outage is reported (reachable:
 * false, since when) but keeps the service ready; only an outage longer than
 * {@code onewindow.health.keycloak-grace} (5 minutes) takes it out — otherwise a Keycloak restart would
 * take every pod of the hall out of its Service at once.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements AsyncHealthCheck {
    private final WebClient client;
    private final String discovery;
    private final Clock clock;
    private final Duration grace;
    private volatile Instant lastReached;
    private final Instant started;

    public KeycloakReadiness(Vertx vertx, Clock clock,
                             @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm,
                             @ConfigProperty(name = "onewindow.health.keycloak-grace", defaultValue = "PT5M") Duration grace) {
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000));
        this.discovery = realm + "/.well-known/openid-configuration";
        this.clock = clock;
        this.grace = grace;
        this.started = clock.instant();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return client.getAbs(discovery).timeout(3000).send()
                .map(r -> r.statusCode() == 200)
                .onFailure().recoverWithItem(false)
                .map(this::respond);
    }

    HealthCheckResponse respond(boolean reachable) {
        Instant now = clock.instant();
        if (reachable) {
            lastReached = now;
        }
        Instant since = lastReached == null ? started : lastReached;
        boolean ready = reachable || Duration.between(since, now).compareTo(grace) < 0;
        var response = HealthCheckResponse.named("Keycloak (OIDC provider)").status(ready)
                .withData("url", discovery).withData("reachable", reachable);
        if (lastReached != null) {
            response.withData("lastReached", lastReached.toString());
        }
        return response.build();
    }
}
