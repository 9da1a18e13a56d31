package cn.onewindow.intake.delegation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.GroupResource;
import org.keycloak.representations.idm.GroupRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.platform.time.ClockProducer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The sync writes the delegations in force into the window staff's group of the test profile's Keycloak, as intake's
 * service account (quarkus-oidc-client) through the admin client, and the tokens issued afterwards carry them. The
 * group is read and spoilt beforehand as Keycloak's own admin, so what the test sees is what the sync wrote. Needs the
 * test profile's client secret: run with {@code OW_PROFILE=test; source deploy/local/env.sh} (test.sh does).
 */
@QuarkusTest
class KeycloakDelegationSyncTest {
    static final String GROUP = "window-DX";
    static final String STALE = "STALE-0000:RECEIVE";

    @Inject
    KeycloakDelegationSync sync;
    @Inject
    DelegationService delegations;
    @Inject
    KeycloakSyncSettings settings;

    @BeforeEach
    void needsTheTestProfilesSecret() {
        Assumptions.assumeTrue(System.getenv("OW_INTAKE_CLIENT_SECRET") != null,
                "OW_INTAKE_CLIENT_SECRET not set: source deploy/local/env.sh with OW_PROFILE=test");
    }

    /** Keycloak's bootstrap admin (master realm), not the account under test. */
    Keycloak admin() {
        return KeycloakBuilder.builder().serverUrl(settings.url()).realm("master").clientId("admin-cli")
                .username(System.getenv().getOrDefault("OW_KC_ADMIN", "admin"))
                .password(System.getenv().getOrDefault("OW_KC_ADMIN_PASSWORD", "admin")).build();
    }

    static GroupResource windowGroup(Keycloak admin, String realm) {
        var groups = admin.realm(realm).groups();
        List<GroupRepresentation> found = groups.groups(GROUP, true, null, null, true);
        assertThat(found).as("the test realm's group " + GROUP).hasSize(1);
        return groups.group(found.get(0).getId());
    }

    @Test
    void theWindowGroupAndNewTokensGetTheDelegationsInForce() throws Throwable {
        try (Keycloak admin = admin()) {
            GroupResource group = windowGroup(admin, settings.realm());
            GroupRepresentation spoilt = group.toRepresentation();
            spoilt.setAttributes(Map.of(KeycloakDelegationSync.ATTRIBUTE, List.of(STALE)));
            group.update(spoilt);
            assertThat(group.toRepresentation().getAttributes().get("delegations")).containsExactly(STALE);

            List<String> inForce = VertxContextSupport.subscribeAndAwait(() -> delegations.claimValues(ClockProducer.HALL_ZONE));
            assertThat(inForce).as("the demo data's delegations").isNotEmpty().allMatch(v -> v.matches("[^:]+:[A-Z_]+(\\+[A-Z_]+)*"));

            int written = VertxContextSupport.subscribeAndAwait(() -> sync.sync());

            assertThat(written).isEqualTo(inForce.size());
            assertThat(group.toRepresentation().getAttributes().get("delegations")).containsExactlyInAnyOrderElementsOf(inForce);
            assertThat(claim(freshToken("clerk1"))).as("a clerk's new token").containsExactlyInAnyOrderElementsOf(inForce);
        }
    }

    /** A token issued now by the realm's command-line client (password grant), as the window staff get one. */
    String freshToken(String user) throws Exception {
        String form = "grant_type=password&client_id=onewindow-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=onewindow";
        var request = HttpRequest.newBuilder(URI.create(settings.url() + "/realms/" + settings.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return new ObjectMapper().readTree(answer.body()).get("access_token").asText();
        }
    }

    static List<String> claim(String token) throws Exception {
        JsonNode d = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("delegations");
        List<String> values = new ArrayList<>();
        if (d.isTextual()) {
            values.add(d.asText());
        }
        d.forEach(v -> values.add(v.asText()));
        return values;
    }
}
