package cn.onewindow.intake.delegation.service;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import org.jboss.logging.Logger;

import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.platform.time.ClockProducer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Mirrors the delegations in force into Keycloak, as the {@code delegations} attribute of the hall's
 * window-staff group ({@code window-<hall>}); a protocol mapper puts it into every token issued to
 * the group's members. Runs after every change and once a minute (so a delegation that starts or
 * lapses by date also reaches new tokens within the documented 5 minutes). The register stays the
 * authority: intake checks it at the moment of every act, whatever a token says.
 */
@ApplicationScoped
public class KeycloakDelegationSync {
    private static final Logger LOG = Logger.getLogger(KeycloakDelegationSync.class);
    private final WebClient client;
    private final Provider<DelegationService> delegations;
    private final String keycloak;
    private final String realm;
    private final String clientId;
    private final String secret;
    private final String group;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    public KeycloakDelegationSync(Vertx vertx, Provider<DelegationService> delegations,
                                  KeycloakSyncSettings settings, HallSettings hall) {
        this.client = WebClient.create(vertx);
        this.delegations = delegations;
        this.keycloak = settings.url();
        this.realm = settings.realm();
        this.clientId = settings.syncClientId();
        this.secret = settings.syncClientSecret();
        this.group = "window-" + hall.code();
        this.enabled = settings.syncEnabled();
    }

    /** Called after a delegation change has committed. */
    public void requestSync(Object ignored) {
        sync().subscribe().with(n -> { }, ex -> LOG.warnf("delegation sync to Keycloak failed, retried within a minute: %s", ex.toString()));
    }

    @Scheduled(every = "${onewindow.keycloak.sync-every:60s}", delayed = "5s")
    Uni<Void> periodicSync() {
        return sync().onFailure().invoke(ex -> LOG.warnf("delegation sync to Keycloak failed: %s", ex.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Pushes the current claim values; returns how many were written. */
    public Uni<Integer> sync() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        return delegations.get().claimValues(ClockProducer.HALL_ZONE)
                .flatMap(values -> token().flatMap(token -> groupId(token)
                        .flatMap(id -> client.putAbs(keycloak + "/admin/realms/" + realm + "/groups/" + id)
                                .bearerTokenAuthentication(token)
                                .sendJsonObject(new JsonObject().put("name", group)
                                        .put("attributes", new JsonObject().put("delegations", new JsonArray(values))))
                                .map(r -> expect(r, 204, "updating group " + group)))
                        .replaceWith(values.size())))
                .eventually(() -> running.set(false));
    }

    private Uni<String> token() {
        return client.postAbs(keycloak + "/realms/" + realm + "/protocol/openid-connect/token")
                .sendForm(io.vertx.mutiny.core.MultiMap.caseInsensitiveMultiMap()
                        .add("grant_type", "client_credentials").add("client_id", clientId).add("client_secret", secret))
                .map(r -> expect(r, 200, "service token").bodyAsJsonObject().getString("access_token"));
    }

    private Uni<String> groupId(String token) {
        return client.getAbs(keycloak + "/admin/realms/" + realm + "/groups")
                .addQueryParam("search", group).addQueryParam("exact", "true")
                .bearerTokenAuthentication(token).send()
                .map(r -> {
                    JsonArray found = expect(r, 200, "finding group " + group).bodyAsJsonArray();
                    if (found.isEmpty()) {
                        throw new IllegalStateException("Keycloak has no group " + group);
                    }
                    return found.getJsonObject(0).getString("id");
                });
    }

    private static HttpResponse<Buffer> expect(HttpResponse<Buffer> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": Keycloak answered " + r.statusCode() + " " + r.bodyAsString());
        }
        return r;
    }

}
