package cn.onewindow.intake.delegation.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How {@link KeycloakDelegationSync} reaches Keycloak ({@code onewindow.keycloak.*}). Every property under the prefix
 * must be one of these: an unknown {@code onewindow.keycloak.*} property fails the start (Kubernetes and compose set
 * {@code ONEWINDOW_KEYCLOAK_URL}). The service account's login is quarkus-oidc-client's named client
 * {@code delegation-sync}, whose properties ({@code quarkus.oidc-client.delegation-sync.*}, application.properties) are
 * built from these: the one place to set them stays here.
 */
@ConfigMapping(prefix = "onewindow.keycloak")
public interface KeycloakSyncSettings {
    /** Keycloak's base address, without {@code /realms/…}. */
    String url();

    /** The realm whose window-staff group gets the {@code delegations} attribute. */
    @WithDefault("onewindow")
    String realm();

    /** The confidential client intake logs in as (client credentials) to write the group. */
    String syncClientId();

    /**
     * Its secret ({@code OW_INTAKE_CLIENT_SECRET}), generated per deployment. No default, and declared here, not only in
     * the OIDC client's properties (where a secret that cannot be resolved is merely absent): a jar run without it
     * does not start; the component tests get one that matches no client unless env.sh gave them the test profile's.
     */
    String syncClientSecret();

    /** Off: nothing is written to Keycloak (the tokens then carry no delegations; the register still decides). */
    @WithDefault("true")
    boolean syncEnabled();

    /** How often the delegations in force are pushed again; read by the {@code @Scheduled} expression of the sync. */
    @WithDefault("60s")
    String syncEvery();

    /**
     * How long one call to Keycloak's admin API waits for its answer: a Keycloak that takes the connection and never
     * answers would otherwise hold a worker thread for ever. Vert.x counts getting the connection in it too.
     */
    @WithDefault("15s")
    Duration readTimeout();

    /**
     * How long a whole sync (the service token, finding the group, writing it) may take before it fails and the next
     * one may run. Longer than the two admin calls' read timeouts together, so that a sync given up on has ended
     * before the next one writes.
     */
    @WithDefault("60s")
    Duration syncTimeout();
}
