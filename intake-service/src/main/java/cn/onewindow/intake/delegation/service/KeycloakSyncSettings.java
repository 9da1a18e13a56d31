package cn.onewindow.intake.delegation.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How {@link KeycloakDelegationSync} reaches Keycloak's admin API ({@code onewindow.keycloak.*}). Every property under
 * the prefix must be one of these: an unknown {@code onewindow.keycloak.*} property fails the start (Kubernetes and
 * compose set {@code ONEWINDOW_KEYCLOAK_URL}).
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
     * Its secret ({@code OW_INTAKE_CLIENT_SECRET}), generated per deployment. No default: a jar run without it does
     * not start; the component tests get one that matches no client.
     */
    String syncClientSecret();

    /** Off: nothing is written to Keycloak (the tokens then carry no delegations; the register still decides). */
    @WithDefault("true")
    boolean syncEnabled();

    /** How often the delegations in force are pushed again; read by the {@code @Scheduled} expression of the sync. */
    @WithDefault("60s")
    String syncEvery();
}
