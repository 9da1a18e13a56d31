package cn.onewindow.intake.delegation.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.GroupRepresentation;

import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.platform.time.ClockProducer;
import io.quarkus.oidc.client.NamedOidcClient;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Mirrors the delegations in force into Keycloak, as the {@code delegations} attribute of the hall's
 * window-staff group ({@code window-<hall>}); a protocol mapper puts it into every token issued to
 * the group's members. Runs after every change and once a minute (so a delegation that starts or
 * lapses by date also reaches new tokens within the documented 5 minutes). The register stays the
 * authority: intake checks it at the moment of every act, whatever a token says.
 *
 * <p>Intake logs in as its service account through quarkus-oidc-client (the named client {@value #OIDC_CLIENT},
 * client credentials, application.properties) and writes the group through Keycloak's admin client. The admin
 * client's calls block, so they run on a worker thread.
 */
@ApplicationScoped
public class KeycloakDelegationSync {
    /** The name of the OIDC client ({@code quarkus.oidc-client.delegation-sync.*}) whose token writes the group. */
    public static final String OIDC_CLIENT = "delegation-sync";
    /** The group attribute the protocol mapper turns into the {@code delegations} claim. */
    static final String ATTRIBUTE = "delegations";
    private static final Logger LOG = Logger.getLogger(KeycloakDelegationSync.class);
    private final OidcClient serviceAccount;
    private final Provider<DelegationService> delegations;
    private final String keycloak;
    private final String realm;
    private final String group;
    private final boolean enabled;
    /** One HTTP client for every sync; the admin client built per token shares it. */
    private final Client http;
    private final Duration syncTimeout;
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    public KeycloakDelegationSync(@NamedOidcClient(OIDC_CLIENT) OidcClient serviceAccount,
                                  Provider<DelegationService> delegations, KeycloakSyncSettings settings, HallSettings hall) {
        this.serviceAccount = serviceAccount;
        this.delegations = delegations;
        this.keycloak = settings.url();
        this.realm = settings.realm();
        this.group = "window-" + hall.code();
        this.enabled = settings.syncEnabled();
        this.syncTimeout = settings.syncTimeout();
        // the extension's client (Keycloak's JSON conventions, the TLS configuration), given a read timeout: without
        // one a hung Keycloak holds the worker thread for ever. Its connect timeout is the client's own 15 s, and
        // Vert.x counts getting the connection in the read timeout too.
        this.http = Keycloak.getClientProvider().newRestEasyClient(null, null, false)
                .property(QuarkusRestClientProperties.READ_TIMEOUT, settings.readTimeout().toMillis());
    }

    @PreDestroy
    void close() {
        http.close();
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

    /**
     * Pushes the current claim values; returns how many were written (0 as well when off or already running). Fails
     * after the sync timeout whatever hangs, so that {@code running} is cleared and the next sync runs.
     */
    public Uni<Integer> sync() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        return delegations.get().claimValues(ClockProducer.HALL_ZONE)
                .flatMap(values -> serviceAccount.getTokens()
                        .flatMap(tokens -> Uni.createFrom().item(() -> write(tokens.getAccessToken(), values))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())))
                .ifNoItem().after(syncTimeout)
                .failWith(() -> new TimeoutException("the delegation sync took longer than " + syncTimeout))
                .eventually(() -> running.set(false));
    }

    /** Finds the group and replaces its attributes by the claim values (blocking: the admin client's calls are). */
    private int write(String token, List<String> values) {
        // not closed: closing would close the shared HTTP client; the instance holds nothing else
        Keycloak admin = KeycloakBuilder.builder().serverUrl(keycloak).realm(realm).authorization(token)
                .resteasyClient(http).build();
        var groups = admin.realm(realm).groups();
        List<GroupRepresentation> found = answer("finding group " + group, () -> groups.groups(group, true, null, null, true));
        if (found.isEmpty()) {
            throw new IllegalStateException("Keycloak has no group " + group);
        }
        var update = new GroupRepresentation();
        update.setName(group);
        update.setAttributes(Map.of(ATTRIBUTE, values));
        answer("updating group " + group, () -> {
            groups.group(found.get(0).getId()).update(update);
            return null;
        });
        return values.size();
    }

    /** Keycloak's refusal, with its status and body, in the log line of the failed sync. */
    private static <T> T answer(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException ex) {
            String body;
            try {
                body = ex.getResponse().readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = "";
            }
            throw new IllegalStateException(what + ": Keycloak answered " + ex.getResponse().getStatus() + " " + body, ex);
        }
    }
}
