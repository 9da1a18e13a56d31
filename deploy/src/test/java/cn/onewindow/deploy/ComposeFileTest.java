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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/compose/docker-compose.yml (no Docker engine here to run it): every file it mounts or builds
 * from exists, it publishes on loopback only, the services in containers reach the database, broker
 * and Keycloak by their container names and accept the tokens browsers get, and the topics it creates
 * cover every topic the services use.
 */
class ComposeFileTest {
    static final Path COMPOSE = Manifests.DEPLOY.resolve("compose");
    static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        compose = Manifests.YAML.readTree(COMPOSE.resolve("docker-compose.yml").toFile());
    }

    @Test
    void everyMountedOrBuiltFileExistsAndEveryPortIsOnLoopback() {
        List<String> problems = new ArrayList<>();
        compose.get("services").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            s.path("volumes").forEach(v -> {
                String source = v.asText().split(":")[0];
                if (source.startsWith(".") && !Files.exists(COMPOSE.resolve(source))) {
                    problems.add(e.getKey() + " mounts missing " + source);
                }
            });
            JsonNode build = s.path("build");
            if (!build.isMissingNode()) {
                Path context = COMPOSE.resolve(build.path("context").asText()).normalize();
                if (!Files.exists(context.resolve(build.path("dockerfile").asText()))) {
                    problems.add(e.getKey() + " builds from a missing Dockerfile");
                }
                if (!Files.isDirectory(context.resolve(build.at("/args/SERVICE").asText()))) {
                    problems.add(e.getKey() + " builds a module that does not exist");
                }
            }
            s.path("ports").forEach(p -> {
                if (!p.asText().startsWith("127.0.0.1:")) {
                    problems.add(e.getKey() + " publishes " + p.asText() + " beyond loopback");
                }
            });
            ComposeStartOrderTest.dependencies(s).forEach(d -> {
                if (!compose.get("services").has(d)) {
                    problems.add(e.getKey() + " depends on missing " + d);
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theServicesReachTheirServersByNameAndAcceptTheBrowsersTokens() throws IOException {
        JsonNode services = compose.get("services");
        String sql = Files.readString(COMPOSE.resolve("init-databases.sql"));
        String advertised = services.at("/kafka/environment/KAFKA_ADVERTISED_LISTENERS").asText();
        String issuer = services.at("/keycloak/environment/KC_HOSTNAME").asText() + "/realms/onewindow";
        for (String service : K8sManifestsTest.SERVICES) {
            JsonNode env = services.path(service).path("environment");
            assertThat(env.isObject()).as(service + " is in the compose file").isTrue();
            String db = "ow_" + K8sManifestsTest.serviceProperties(service).getProperty("onewindow.db");
            assertThat(env.path("QUARKUS_DATASOURCE_REACTIVE_URL").asText()).isEqualTo("postgresql://postgres:5432/" + db);
            assertThat(env.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/" + db);
            assertThat(sql).as(service).contains("create database " + db + " owner " + db);
            assertThat(advertised).as(service).contains("//" + env.path("KAFKA_BOOTSTRAP_SERVERS").asText());
            assertThat(env.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).startsWith("http://keycloak:");
            assertThat(env.path("QUARKUS_OIDC_TOKEN_ISSUER").asText()).as(service).isEqualTo(issuer);
            assertThat(services.path(service).path("profiles").toString()).contains("suite");
        }
        Map<String, String> targets = new HashMap<>();
        services.path("gateway").path("environment").fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("ONEWINDOW_SERVICES_")) {
                targets.put(e.getKey(), e.getValue().asText());
            }
        });
        assertThat(targets).hasSize(5);
        targets.values().forEach(t -> assertThat(services.has(t.replaceAll("http://([^:]+):.*", "$1"))).as(t).isTrue());
    }

    @Test
    void theTopicsItCreatesCoverEveryTopicTheServicesUse() throws IOException {
        String script = compose.at("/services/kafka-topics/command/0").asText();
        Set<String> created = new HashSet<>();
        Matcher m = Pattern.compile("for n in ([^;]+);").matcher(script);
        while (m.find()) {
            created.addAll(List.of(m.group(1).trim().split("\\s+")));
        }
        assertThat(created).containsAll(K8sManifestsTest.topicsTheCodeUses());
    }
}
