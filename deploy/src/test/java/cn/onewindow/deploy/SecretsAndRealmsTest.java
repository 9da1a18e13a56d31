package cn.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue #20: no secret with a usable value anywhere in what is deployed, and the realm Kubernetes imports is the
 * production one — no demo user, no fixed secret, no password grant, TLS required, a password policy and
 * brute-force protection that slows guessing without locking users out after a couple of typos. The demo realm
 * (local run, Compose) keeps its demo users able to log in, and every run gets its secrets generated.
 */
class SecretsAndRealmsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path KEYCLOAK = Manifests.DEPLOY.resolve("keycloak");
    /** Values that stood in the repository as secrets (their owners must not be able to use them any more). */
    static final List<String> PUBLISHED = List.of("local-demo-rating-secret-change-me", "local-demo-document-secret-change-me",
            "intake-service-secret", "gateway-secret", "amr-system-secret", "tax-system-secret", "psb-system-secret",
            "change-me");
    static final Set<String> DEMO_USERS = Set.of("clerk1", "clerk2", "middesk1", "runner1", "reviewer.amr", "reviewer.tax",
            "reviewer.psb", "chief.amr", "issuer1", "supervisor1", "admin1", "operator1");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(OW_[A-Z0-9_]+)}");
    static final Pattern SECRET_ENV = Pattern.compile(".*(SECRET|PASSWORD|_KEYS).*");

    static List<ObjectNode> objects;
    static JsonNode productionRealm;
    static JsonNode demoRealm;

    @BeforeAll
    static void read() throws IOException {
        objects = Manifests.kustomize(K8sManifestsTest.K8S);
        demoRealm = JSON.readTree(KEYCLOAK.resolve("onewindow-realm.json").toFile());
        JsonNode realmMap = objects.stream().filter(o -> Manifests.id(o).equals("ConfigMap/keycloak-realm")).findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap keycloak-realm")).path("data");
        List<String> files = new ArrayList<>();
        realmMap.fieldNames().forEachRemaining(files::add);
        assertThat(files).as("the realm files Kubernetes imports").containsExactly("onewindow-realm-production.json");
        productionRealm = JSON.readTree(realmMap.get("onewindow-realm-production.json").asText());
    }

    @Test
    void kubernetesRendersNoSecretAndNoSecretValue() throws IOException {
        assertThat(objects).as("Secrets are made in the cluster by deploy/k8s/secrets.sh, never rendered")
                .noneMatch(o -> o.path("kind").asText().equals("Secret"));
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : objects) {
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                for (JsonNode e : c.path("env")) {
                    String name = e.path("name").asText();
                    if (SECRET_ENV.matcher(name).matches() && (e.has("value") || e.at("/valueFrom/secretKeyRef").isMissingNode())) {
                        problems.add(Manifests.id(d) + ": " + name + " is not taken from a Secret");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        String rendered = Manifests.YAML.writeValueAsString(objects);
        PUBLISHED.forEach(p -> assertThat(rendered).as("rendered manifests").doesNotContainIgnoringCase(p));
        // the script makes every value at random: none is written in it, only user names
        Manifests.declaredSecrets().values().forEach(s -> s.fixed().forEach((k, v) ->
                assertThat(k).as(s.name() + ": a fixed value may only be a user name").isEqualTo("username")));
    }

    @Test
    void theProductionRealmHasNoDemoUserNoFixedSecretAndIsHardened() {
        JsonNode r = productionRealm;
        assertThat(r.path("realm").asText()).isEqualTo("onewindow");
        assertThat(r.path("sslRequired").asText()).isEqualTo("external");
        assertThat(minimumLength(r.path("passwordPolicy").asText())).as("password policy length").isGreaterThanOrEqualTo(12);
        assertThat(r.path("passwordPolicy").asText()).contains("notUsername");
        bruteForceSlowsWithoutLockingOut(r);
        for (JsonNode u : r.path("users")) {
            assertThat(u.hasNonNull("serviceAccountClientId")).as("only service accounts: " + u.path("username").asText()).isTrue();
            assertThat(u.has("credentials")).as(u.path("username").asText()).isFalse();
            assertThat(DEMO_USERS).doesNotContain(u.path("username").asText());
        }
        List<String> clients = new ArrayList<>();
        for (JsonNode c : r.path("clients")) {
            String id = c.path("clientId").asText();
            clients.add(id);
            assertThat(c.path("publicClient").asBoolean()).as(id + " public").isFalse();
            assertThat(c.path("directAccessGrantsEnabled").asBoolean()).as(id + " password grant").isFalse();
            assertThat(c.path("secret").asText()).as(id + " secret: a placeholder filled at import").matches(PLACEHOLDER);
            c.path("redirectUris").forEach(u -> assertThat(u.asText()).as(id).startsWith("https://"));
        }
        assertThat(clients).containsExactlyInAnyOrder("onewindow-intake", "onewindow-gateway");
        intakeMayNotManageUsers(r);
        String text = r.toString();
        PUBLISHED.forEach(p -> assertThat(text).doesNotContainIgnoringCase(p));
        assertThat(text).doesNotContain("\"onewindow-cli\"").doesNotContain("dept-amr-system");
    }

    @Test
    void keycloakOnKubernetesGetsEverySecretItsRealmNames() {
        JsonNode keycloak = objects.stream().filter(o -> Manifests.id(o).equals("Deployment/keycloak")).findFirst().orElseThrow();
        Map<String, JsonNode> env = new HashMap<>();
        keycloak.at("/spec/template/spec/containers/0/env").forEach(e -> env.put(e.path("name").asText(), e));
        Set<String> named = placeholders(productionRealm);
        assertThat(named).containsExactlyInAnyOrder("OW_INTAKE_CLIENT_SECRET", "OW_GATEWAY_CLIENT_SECRET");
        Map<String, String> secretKeyOfService = new HashMap<>();
        objects.stream().filter(o -> o.path("kind").asText().equals("Deployment") && !Manifests.id(o).equals("Deployment/keycloak"))
                .forEach(d -> d.at("/spec/template/spec/containers/0/env").forEach(e -> {
                    if (!e.at("/valueFrom/secretKeyRef").isMissingNode()) {
                        secretKeyOfService.put(e.path("name").asText(), e.at("/valueFrom/secretKeyRef").toString());
                    }
                }));
        for (String name : named) {
            assertThat(env).as("Keycloak's environment").containsKey(name);
            JsonNode ref = env.get(name).at("/valueFrom/secretKeyRef");
            assertThat(ref.isMissingNode()).as(name + " from a Secret").isFalse();
            assertThat(ref.toString()).as(name + ": the same secret the service gets").isEqualTo(secretKeyOfService.get(name));
        }
    }

    @Test
    void theDemoRealmLetsItsDemoUsersInAndNamesNoSecretOfTheServices() {
        JsonNode r = demoRealm;
        // the local run's demo password passes the demo realm's policy (it is checked at import)
        assertThat(minimumLength(r.path("passwordPolicy").asText())).isLessThanOrEqualTo("onewindow".length());
        r.path("users").forEach(u -> u.path("credentials").forEach(c ->
                assertThat(c.path("value").asText()).isEqualTo("onewindow")));
        bruteForceSlowsWithoutLockingOut(r);
        intakeMayNotManageUsers(r);
        for (JsonNode c : r.path("clients")) {
            String id = c.path("clientId").asText();
            if (id.startsWith("onewindow-") && !c.path("publicClient").asBoolean()) {
                assertThat(c.path("secret").asText()).as(id).matches(PLACEHOLDER);
            } else if (c.has("secret")) {
                assertThat(id).as("only the department systems' demo clients have a fixed secret").matches("dept-[a-z]+-system");
            }
        }
    }

    @Test
    void everyRunGetsTheSecretsItsRealmNames() throws IOException {
        Set<String> named = placeholders(demoRealm);
        // the local run: env.sh writes each into .local/<profile>/secrets.env, with the keys the services need
        String envSh = Files.readString(Manifests.DEPLOY.resolve("local/env.sh"));
        for (String v : union(named, Set.of("OW_RATING_KEYS", "OW_DOCUMENT_KEYS", "OW_APPLICANT_REF_KEY"))) {
            assertThat(envSh).as("env.sh generates " + v).contains("echo \"" + v + "=");
        }
        assertThat(Files.readString(Manifests.DEPLOY.resolve("local/servers.sh"))).contains("intake-access.py");
        // Compose: from the shell that sourced env.sh, refusing to start without them
        JsonNode services = Manifests.YAML.readTree(Manifests.DEPLOY.resolve("compose/docker-compose.yml").toFile()).get("services");
        Map<String, Set<String>> needs = Map.of("keycloak", named,
                "intake-service", Set.of("OW_INTAKE_CLIENT_SECRET", "OW_DOCUMENT_KEYS", "OW_APPLICANT_REF_KEY"),
                "issuance-service", Set.of("OW_APPLICANT_REF_KEY"),
                "evaluation-service", Set.of("OW_RATING_KEYS"), "gateway", Set.of("OW_GATEWAY_CLIENT_SECRET"));
        needs.forEach((service, vars) -> vars.forEach(v -> assertThat(services.at("/" + service + "/environment/" + v).asText())
                .as(service + " " + v).startsWith("${" + v + ":?")));
        // the services: no default for any of them
        assertThat(property("evaluation-service", "onewindow.rating.keys")).isEqualTo("${OW_RATING_KEYS:}");
        assertThat(property("intake-service", "onewindow.documents.keys")).isEqualTo("${OW_DOCUMENT_KEYS:}");
        // the applicants' pseudonyms: the one key in both services that serve applicants (ApplicantRef)
        for (String service : List.of("intake-service", "issuance-service")) {
            assertThat(property(service, "onewindow.applicant-ref.key")).as(service).isEqualTo("${OW_APPLICANT_REF_KEY:}");
        }
        assertThat(property("intake-service", "onewindow.keycloak.sync-client-secret")).isEqualTo("${OW_INTAKE_CLIENT_SECRET}");
        assertThat(property("gateway", "quarkus.oidc.credentials.secret")).isEqualTo("${OW_GATEWAY_CLIENT_SECRET}");
        for (String service : K8sManifestsTest.SERVICES) {
            String text = Files.readString(Manifests.DEPLOY.getParent().resolve(service + "/src/main/resources/application.properties"));
            PUBLISHED.forEach(p -> assertThat(text).as(service).doesNotContainIgnoringCase(p));
        }
    }

    @Test
    void theRealmFilesAreWhatMakeRealmWrites() throws Exception {
        Assumptions.assumeTrue(K8sManifestsTest.onPath("python3"), "python3 is not installed");
        Path dir = Files.createTempDirectory("make-realm");
        Files.copy(KEYCLOAK.resolve("make-realm.py"), dir.resolve("make-realm.py"));
        Process p = new ProcessBuilder("python3", dir.resolve("make-realm.py").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        for (String f : List.of("onewindow-realm.json", "onewindow-realm-production.json")) {
            assertThat(Files.readString(dir.resolve(f))).as(f + ": run python3 deploy/keycloak/make-realm.py")
                    .isEqualTo(Files.readString(KEYCLOAK.resolve(f)));
        }
    }

    /**
     * Keycloak counts failures per user only: the edge limits how fast one client address may try passwords on the
     * login form (no production client has the password grant), and nothing else. The Gateway API has no field for
     * that limit: the login form is a route of its own ({@code HTTPRoute/keycloak-login}, its one path) for the
     * implementation's rate-limit policy to target (deploy/k8s/README.md, "Gateway API"), and no other route carries
     * it; the hall's realm and the login resources are the rest of the public host (K8sManifestsTest checks that
     * nothing else of Keycloak is routed).
     */
    @Test
    void theLoginFormIsARouteOfItsOwnForThePerAddressLimit() throws IOException {
        ObjectNode login = objects.stream().filter(o -> Manifests.id(o).equals("HTTPRoute/keycloak-login")).findFirst()
                .orElseThrow(() -> new AssertionError("no HTTPRoute keycloak-login"));
        List<String> paths = new ArrayList<>();
        login.at("/spec/rules").forEach(rule -> rule.path("matches").forEach(m -> paths.add(m.at("/path/value").asText())));
        assertThat(paths).containsExactly("/realms/onewindow/login-actions/authenticate");
        assertThat(login.at("/spec/rules").findValuesAsText("name")).contains("keycloak");
        assertThat(productionRealm.path("clients")).allSatisfy(c -> assertThat(c.path("directAccessGrantsEnabled").isBoolean()
                && !c.path("directAccessGrantsEnabled").asBoolean()).as("password grant of %s set off", c.path("clientId").asText()).isTrue());
        Routes routes = new Routes(objects);
        assertThat(routes.reach("auth", "auth.onewindow.example", "/realms/onewindow/login-actions/authenticate")
                .map(h -> h.route().at("/metadata/name").asText())).as("the longer path wins").contains("keycloak-login");
        assertThat(routes.reach("auth", "auth.onewindow.example", "/realms/onewindow/protocol/openid-connect/token")
                .map(h -> h.route().at("/metadata/name").asText())).as("token calls are not limited per address").contains("keycloak");
        String readme = Files.readString(K8sManifestsTest.K8S.resolve("README.md"));
        assertThat(readme).as("the policy the hall must add is documented").contains("keycloak-login", "30", "429");
    }

    /** Brute-force protection on, never permanent, not after a couple of quick typos, with growing bounded waits. */
    static void bruteForceSlowsWithoutLockingOut(JsonNode r) {
        assertThat(r.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(r.path("permanentLockout").asBoolean()).isFalse();
        assertThat(r.path("failureFactor").asInt()).as("failures before any wait").isGreaterThanOrEqualTo(10);
        assertThat(r.path("waitIncrementSeconds").asInt()).isPositive();
        assertThat(r.path("maxFailureWaitSeconds").asInt()).isBetween(r.path("waitIncrementSeconds").asInt(), 900);
        // Keycloak's defaults lock a user for 60 s after two failures within a second
        assertThat(r.path("quickLoginCheckMilliSeconds").asInt()).isLessThanOrEqualTo(1000);
        assertThat(r.path("minimumQuickLoginWaitSeconds").asInt()).isLessThanOrEqualTo(10);
    }

    /** intake's service account: no realm-management role but query-groups (manage-users created admins: #20). */
    static void intakeMayNotManageUsers(JsonNode r) {
        JsonNode account = null;
        for (JsonNode u : r.path("users")) {
            if ("onewindow-intake".equals(u.path("serviceAccountClientId").asText())) {
                account = u;
            }
        }
        assertThat(account).as("intake's service account").isNotNull();
        List<String> roles = new ArrayList<>();
        account.at("/clientRoles/realm-management").forEach(x -> roles.add(x.asText()));
        assertThat(roles).containsExactly("query-groups");
        assertThat(account.path("realmRoles").isEmpty()).isTrue();
    }

    /** The smallest length a realm's password policy accepts. */
    static int minimumLength(String policy) {
        Matcher m = Pattern.compile("(?:^|\\s)length\\((\\d+)\\)").matcher(policy);
        assertThat(m.find()).as("a length(n) in " + policy).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static Set<String> placeholders(JsonNode realm) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(realm.toString());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    static String property(String service, String key) throws IOException {
        return K8sManifestsTest.serviceProperties(service).getProperty(key);
    }
}
