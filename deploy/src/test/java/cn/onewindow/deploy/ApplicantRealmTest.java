package cn.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.vocabulary.IdentityNumbers;

/**
 * Issue #23: applicants log in through the hall's own login with the realm role {@code applicant} and nothing else —
 * never a post — and their tokens carry the real-name identity the services check ({@code id_number},
 * {@code applicant_kind}, {@code org_code}). Both realms have the role, the attributes and the mappers; only the demo
 * realm has users (applicant1, a person; applicant2, an organisation's agent; prereviewer1, the 网上预审岗).
 */
class ApplicantRealmTest {
    static final String ROLE = "applicant";
    static final Set<String> CLAIMS = Set.of("id_number", "applicant_kind", "org_code", "org_name");
    /** The posts (cn.onewindow.platform.security.Posts.ALL): what an applicant never holds. */
    static final Set<String> POSTS = Set.of("window-clerk", "mid-desk", "material-runner", "pre-reviewer", "chief-representative",
            "department-reviewer", "issuance-clerk", "supervisor", "hall-admin", "operator", "department-system");

    static JsonNode demo;
    static JsonNode production;

    @BeforeAll
    static void read() throws IOException {
        demo = SecretsAndRealmsTest.JSON.readTree(SecretsAndRealmsTest.KEYCLOAK.resolve("onewindow-realm.json").toFile());
        production = SecretsAndRealmsTest.JSON.readTree(SecretsAndRealmsTest.KEYCLOAK.resolve("onewindow-realm-production.json").toFile());
    }

    @Test
    void bothRealmsHaveTheApplicantRoleBesideEveryPost() {
        for (JsonNode r : List.of(demo, production)) {
            List<String> roles = new ArrayList<>();
            r.at("/roles/realm").forEach(x -> roles.add(x.path("name").asText()));
            assertThat(roles).contains(ROLE).containsAll(POSTS);
            r.at("/roles/realm").forEach(x -> assertThat(x.has("composite") && x.path("composite").asBoolean())
                    .as(x.path("name").asText() + " is one role, not a bundle of others").isFalse());
        }
    }

    @Test
    void everyLoginClientPutsTheRealNameIdentityIntoTheAccessTokenOnly() {
        Map<JsonNode, List<String>> loginClients = Map.of(demo, List.of("onewindow-gateway", "onewindow-cli"),
                production, List.of("onewindow-gateway"));
        loginClients.forEach((realm, ids) -> ids.forEach(id -> {
            JsonNode client = client(realm, id);
            Map<String, JsonNode> byClaim = new HashMap<>();
            client.path("protocolMappers").forEach(m -> byClaim.put(m.at("/config/claim.name").asText(), m));
            for (String claim : CLAIMS) {
                JsonNode m = byClaim.get(claim);
                assertThat(m).as(id + " maps " + claim).isNotNull();
                assertThat(m.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(m.at("/config/user.attribute").asText()).isEqualTo(claim);
                assertThat(m.at("/config/access.token.claim").asText()).as(id + " " + claim).isEqualTo("true");
                assertThat(m.at("/config/id.token.claim").asText()).as(id + " " + claim + ": not in the ID token").isEqualTo("false");
                assertThat(m.at("/config/userinfo.token.claim").asText()).as(id + " " + claim).isEqualTo("false");
            }
            // the staff claims stay: the same client logs staff in
            assertThat(byClaim).containsKeys("department", "hall", "delegations");
        }));
    }

    @Test
    void theUserProfileKeepsTheIdentityForAdminsToSet() throws IOException {
        for (JsonNode r : List.of(demo, production)) {
            JsonNode profile = SecretsAndRealmsTest.JSON.readTree(r.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0").asText());
            Map<String, JsonNode> attrs = new HashMap<>();
            profile.path("attributes").forEach(a -> attrs.put(a.path("name").asText(), a));
            for (String claim : CLAIMS) {
                JsonNode a = attrs.get(claim);
                assertThat(a).as("profile attribute " + claim).isNotNull();
                assertThat(a.at("/permissions/edit").toString()).as(claim + ": the user cannot change their identity").isEqualTo("[\"admin\"]");
            }
            assertThat(attrs.get("applicant_kind").at("/validations/options/options").toString()).isEqualTo("[\"PERSON\",\"ORGANISATION\"]");
        }
    }

    /** The token's {@code name} (first and last name) becomes a case's real name (实名): the user sees it, never edits it. */
    @Test
    void theUserCannotEditTheirNameEmailOrAnAttributeOutsideTheProfile() throws IOException {
        for (JsonNode r : List.of(demo, production)) {
            JsonNode profile = SecretsAndRealmsTest.JSON.readTree(r.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0").asText());
            assertThat(profile.path("unmanagedAttributePolicy").asText()).as("attributes outside the profile").isEqualTo("ADMIN_EDIT");
            Map<String, JsonNode> attrs = new HashMap<>();
            profile.path("attributes").forEach(a -> attrs.put(a.path("name").asText(), a));
            for (String name : List.of("firstName", "lastName", "email")) {
                assertThat(attrs.get(name)).as("profile attribute " + name).isNotNull();
                assertThat(attrs.get(name).at("/permissions/edit").toString()).as(name + ": admins only").isEqualTo("[\"admin\"]");
                assertThat(attrs.get(name).at("/permissions/view").toString()).as(name + ": the user sees it").contains("\"user\"");
            }
            // every attribute the user may edit: none that reaches a token
            profile.path("attributes").forEach(a -> {
                if (a.at("/permissions/edit").toString().contains("\"user\"")) {
                    assertThat(a.path("name").asText()).as("user-editable").isEqualTo("username");
                }
            });
        }
    }

    @Test
    void demoApplicantsHoldTheApplicantRoleOnlyWithValidNumbers() {
        Map<String, JsonNode> users = users(demo);
        JsonNode person = users.get("applicant1");
        JsonNode agent = users.get("applicant2");
        assertThat(person).isNotNull();
        assertThat(agent).isNotNull();
        for (JsonNode u : List.of(person, agent)) {
            String name = u.path("username").asText();
            assertThat(u.path("realmRoles").toString()).as(name + ": the applicant role and nothing else").isEqualTo("[\"applicant\"]");
            assertThat(u.path("groups")).as(name + ": not in the window group (no delegations)").isEmpty();
            assertThat(u.path("clientRoles").isMissingNode()).as(name).isTrue();
            assertThat(u.path("attributes").has("department")).as(name).isFalse();
            assertThat(u.path("attributes").has("hall")).as(name).isFalse();
            assertThat(IdentityNumbers.isResidentId(attr(u, "id_number"))).as(name + " id_number: valid check digit").isTrue();
            assertThat(u.path("lastName").asText()).as(name + ": the real name, one string").matches("\\p{IsHan}{2,4}");
            assertThat(u.has("firstName")).as(name + ": a Chinese name is not split").isFalse();
            assertThat(u.at("/credentials/0/value").asText()).isEqualTo("onewindow");
        }
        assertThat(attr(person, "applicant_kind")).isEqualTo("PERSON");
        assertThat(person.path("attributes").has("org_code")).isFalse();
        assertThat(attr(agent, "applicant_kind")).isEqualTo("ORGANISATION");
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode(attr(agent, "org_code"))).as("applicant2 org_code").isTrue();
        assertThat(attr(agent, "org_name")).as("applicant2: the organisation's registered name, set by admins").isEqualTo("廊坊临空示范科技有限公司");
        assertThat(person.path("attributes").has("org_name")).isFalse();
        assertThat(attr(agent, "id_number")).as("two applicants, two people").isNotEqualTo(attr(person, "id_number"));
    }

    @Test
    void noStaffMemberIsAnApplicantAndNoApplicantIsStaff() {
        for (JsonNode r : List.of(demo, production)) {
            for (JsonNode u : r.path("users")) {
                List<String> roles = new ArrayList<>();
                u.path("realmRoles").forEach(x -> roles.add(x.asText()));
                if (roles.contains(ROLE)) {
                    assertThat(roles).as(u.path("username").asText()).doesNotContainAnyElementsOf(POSTS);
                }
                if (u.path("attributes").has("id_number")) {
                    assertThat(roles).as(u.path("username").asText() + " has an identity: only as an applicant").containsExactly(ROLE);
                }
            }
        }
        assertThat(users(production).values()).noneMatch(u -> u.path("realmRoles").toString().contains(ROLE));
    }

    @Test
    void thePreReviewPostHasItsDemoUser() {
        JsonNode u = users(demo).get("prereviewer1");
        assertThat(u).isNotNull();
        assertThat(u.path("realmRoles").toString()).isEqualTo("[\"pre-reviewer\"]");
        assertThat(attr(u, "hall")).isEqualTo("DX");
    }

    private static JsonNode client(JsonNode realm, String id) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no client " + id);
    }

    private static Map<String, JsonNode> users(JsonNode realm) {
        Map<String, JsonNode> out = new HashMap<>();
        realm.path("users").forEach(u -> out.put(u.path("username").asText(), u));
        return out;
    }

    private static String attr(JsonNode user, String name) {
        return user.at("/attributes/" + name + "/0").asText(null);
    }
}
