package cn.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/compose/docker-compose.yml starts in order (no Docker engine here to run it): every server has a healthcheck,
 * whatever depends on another waits until it is healthy (or, for the topics job, has finished), traces go to Jaeger v2,
 * and the images run the versions the local run does (deploy/local/env.sh) — as do dev mode's Dev Services.
 */
class ComposeStartOrderTest {
    static final Set<String> SERVERS = Set.of("postgres", "kafka", "keycloak");
    static final Set<String> CONDITIONS = Set.of("service_healthy", "service_completed_successfully");
    static JsonNode services;

    @BeforeAll
    static void read() throws IOException {
        services = Manifests.YAML.readTree(ComposeFileTest.COMPOSE.resolve("docker-compose.yml").toFile()).get("services");
    }

    /** The services one depends on, whether written as a list or (with conditions) as a map. */
    static List<String> dependencies(JsonNode service) {
        List<String> out = new ArrayList<>();
        JsonNode d = service.path("depends_on");
        if (d.isArray()) {
            d.forEach(n -> out.add(n.asText()));
        } else {
            d.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void everyServerAndServiceHasAHealthcheck() {
        List<String> checked = new ArrayList<>(SERVERS);
        checked.addAll(K8sManifestsTest.SERVICES);
        for (String name : checked) {
            JsonNode test = services.path(name).path("healthcheck").path("test");
            assertThat(test.isArray() && test.size() > 1 && test.get(0).asText().startsWith("CMD"))
                    .as(name + " has a healthcheck that runs a command").isTrue();
        }
        for (String service : K8sManifestsTest.SERVICES) {
            // Quarkus' readiness (database, broker, channels, Keycloak) on the port the image listens on (deploy/docker)
            assertThat(services.path(service).path("healthcheck").path("test").toString()).as(service)
                    .contains("/q/health/ready").contains("127.0.0.1/8080");
        }
    }

    @Test
    void whatDependsOnAnotherWaitsUntilItIsHealthyOrHasFinished() {
        List<String> problems = new ArrayList<>();
        services.fields().forEachRemaining(e -> {
            JsonNode dependsOn = e.getValue().path("depends_on");
            if (!dependsOn.isMissingNode() && !dependsOn.isObject()) {
                problems.add(e.getKey() + " names what it depends on without a condition: it would only wait for their start");
                return;
            }
            dependsOn.fields().forEachRemaining(d -> {
                String condition = d.getValue().path("condition").asText();
                JsonNode target = services.path(d.getKey());
                if (!CONDITIONS.contains(condition)) {
                    problems.add(e.getKey() + " waits for " + d.getKey() + " only to be " + condition);
                } else if (condition.equals("service_healthy") && target.path("healthcheck").path("test").isMissingNode()) {
                    problems.add(e.getKey() + " waits for " + d.getKey() + " to be healthy, which has no healthcheck");
                } else if (condition.equals("service_completed_successfully")
                        && (!target.path("healthcheck").isMissingNode() || target.path("restart").asText("no").matches("always|unless-stopped"))) {
                    problems.add(e.getKey() + " waits for " + d.getKey() + " to finish, which is a server, not a job");
                }
            });
        });
        assertThat(problems).isEmpty();
        for (String service : K8sManifestsTest.SERVICES) {
            JsonNode d = services.path(service).path("depends_on");
            for (String server : SERVERS) {
                assertThat(d.path(server).path("condition").asText()).as(service + " waits for " + server)
                        .isEqualTo("service_healthy");
            }
            assertThat(d.path("kafka-topics").path("condition").asText()).as(service + " waits for the topics")
                    .isEqualTo("service_completed_successfully");
        }
        assertThat(services.path("kafka-topics").path("depends_on").path("kafka").path("condition").asText())
                .as("the topics job waits for a broker that answers").isEqualTo("service_healthy");
    }

    @Test
    void tracesGoToJaegerVersionTwoOverOtlp() {
        JsonNode jaeger = services.path("jaeger");
        // v2 is one image, jaegertracing/jaeger, from 2.0 on; v1's was jaegertracing/all-in-one
        assertThat(jaeger.path("image").asText()).matches("jaegertracing/jaeger:2\\.\\d+\\.\\d+");
        assertThat(jaeger.path("ports").toString()).contains("127.0.0.1:16686:16686", "127.0.0.1:4317:4317", "127.0.0.1:4318:4318");
        assertThat(jaeger.path("command").toString()).contains("receivers.otlp.protocols.grpc.endpoint=0.0.0.0:4317");
        assertThat(jaeger.path("environment").isMissingNode()).as("v1's COLLECTOR_* settings are gone").isTrue();
        for (String service : K8sManifestsTest.SERVICES) {
            assertThat(services.path(service).path("environment").path("OW_OTLP_ENDPOINT").asText()).as(service)
                    .isEqualTo("http://jaeger:4317");
        }
    }

    @Test
    void theImagesRunTheVersionsOfTheLocalRunAndSoDoesDevMode() throws IOException {
        String envSh = Files.readString(Manifests.DEPLOY.resolve("local/env.sh"));
        String kafka = variable(envSh, "OW_KAFKA_VERSION");
        String keycloak = variable(envSh, "OW_KC_VERSION");
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:" + kafka);
        assertThat(services.path("kafka-topics").path("image").asText()).isEqualTo("apache/kafka:" + kafka);
        assertThat(services.path("keycloak").path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:" + keycloak);
        // dev mode's Dev Services (platform's shared settings, parent profile dev-services)
        Properties platform = new Properties();
        Path file = Manifests.DEPLOY.getParent().resolve("platform/src/main/resources/META-INF/microprofile-config.properties");
        try (Reader in = Files.newBufferedReader(file)) {
            platform.load(in);
        }
        assertThat(platform.getProperty("%dev-services.quarkus.keycloak.devservices.image-name"))
                .isEqualTo(services.path("keycloak").path("image").asText());
        assertThat(platform.getProperty("%dev-services.quarkus.datasource.devservices.image-name"))
                .isEqualTo(services.path("postgres").path("image").asText());
        assertThat(platform.getProperty("%dev-services.quarkus.kafka.devservices.image-name")).endsWith("-kafka-" + kafka);
        assertThat(Manifests.DEPLOY.getParent().resolve(platform.getProperty("%dev-services.quarkus.keycloak.devservices.realm-path")
                .replaceFirst("^\\.\\./", ""))).as("the realm dev mode imports, from a service's directory").exists();
    }

    private static String variable(String script, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=([^\\s#]+)").matcher(script);
        assertThat(m.find()).as(name + " in deploy/local/env.sh").isTrue();
        return m.group(1);
    }
}
