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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import cn.onewindow.contracts.Topics;

/**
 * deploy/k8s renders to valid objects of the APIs current operators serve: each against the schema of its kind
 * (Kubernetes' own kinds against fabric8's model; Strimzi's kafka.strimzi.io/v1, the Gateway API's, the Prometheus
 * Operator's and CloudNativePG's against their CRDs' schemas, {@link CrdSchemas}), every reference between objects
 * resolves, every topic a service reads or writes is declared with enough partitions for its replicas, every
 * service is told where its database, broker and Keycloak are, Kafka is reached only over TLS with each service's
 * own login, the public routes publish the hall and its realm but not Keycloak's administration, and Prometheus
 * scrapes every pod that has metrics.
 */
class K8sManifestsTest {
    static final Path K8S = Manifests.DEPLOY.resolve("k8s");
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class), Map.entry("v1/Secret", Secret.class), Map.entry("v1/Service", Service.class),
            Map.entry("v1/ConfigMap", ConfigMap.class), Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class));
    /** The API groups of the custom resources and the one version of each the manifests may use. */
    static final Map<String, String> CUSTOM_APIS = Map.of("kafka.strimzi.io", "v1", "gateway.networking.k8s.io", "v1",
            "monitoring.coreos.com", "v1", "postgresql.cnpg.io", "v1");
    /** Secrets the hall provides itself (not secrets.sh's random values): the TLS certificate of its two hosts. */
    static final Set<String> HALL_SECRETS = Set.of("onewindow-tls");
    static final List<String> SERVICES = List.of("intake-service", "routing-service", "approval-service",
            "issuance-service", "evaluation-service", "gateway");

    static List<ObjectNode> objects;

    @BeforeAll
    static void render() throws IOException {
        objects = Manifests.kustomize(K8S);
    }

    @Test
    void everyObjectFitsTheSchemaOfItsKind() {
        assertThat(objects).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : objects) {
            String kind = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
            if (CrdSchemas.of(o.path("apiVersion").asText(), o.path("kind").asText()).isPresent()) {
                CrdSchemas.problems(o).forEach(p -> problems.add(Manifests.id(o) + " " + p));
                continue;
            }
            Class<?> model = MODELS.get(kind);
            if (model == null) {
                problems.add(Manifests.id(o) + ": no schema known for " + kind);
                continue;
            }
            try {
                Object typed = Manifests.YAML.convertValue(o, model);
                Manifests.unknownFields(typed).forEach(f -> problems.add(Manifests.id(o) + ": unknown field " + f));
            } catch (IllegalArgumentException e) {
                problems.add(Manifests.id(o) + ": " + e.getMessage());
            }
            if (o.path("metadata").path("name").asText().isBlank()) {
                problems.add(kind + " without a name");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAMisspeltField() {
        ObjectNode deployment = of("Deployment", "routing-service").deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("imagePullPolicyy", "Always");
        assertThat(Manifests.unknownFields(Manifests.YAML.convertValue(deployment, Deployment.class)))
                .singleElement().asString().contains("imagePullPolicyy");
        ObjectNode topic = of("KafkaTopic", "onewindow-intake-case-v1").deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitionz", 3);
        assertThat(CrdSchemas.problems(topic)).singleElement().asString().contains("partitionz");
        ((ObjectNode) topic.get("spec")).remove("partitionz");
        ((ObjectNode) topic.get("spec")).put("partitions", "twelve");
        assertThat(CrdSchemas.problems(topic)).singleElement().asString().contains("$.spec.partitions");
        // what v1beta2 had and v1 dropped: the Kafka resource's own nodes and storage, ZooKeeper
        ObjectNode kafka = only("Kafka").deepCopy();
        ((ObjectNode) kafka.at("/spec/kafka")).put("replicas", 3);
        ((ObjectNode) kafka.get("spec")).putObject("zookeeper").put("replicas", 3);
        assertThat(String.join("\n", CrdSchemas.problems(kafka))).contains("replicas", "zookeeper");
        // deep inside a route, and a value outside the schema's enum
        ObjectNode route = of("HTTPRoute", "hall").deepCopy();
        ((ObjectNode) route.at("/spec/rules/0/timeouts")).put("idle", "1h");
        ((ObjectNode) route.at("/spec/rules/1/matches/0/path")).put("type", "Prefix");
        assertThat(String.join("\n", CrdSchemas.problems(route))).contains("idle", "$.spec.rules[1].matches[0].path.type");
        ObjectNode monitor = of("PodMonitor", "onewindow-services").deepCopy();
        ((ObjectNode) monitor.get("metadata")).putObject("lables");
        assertThat(CrdSchemas.problems(monitor)).singleElement().asString().contains("lables");
        // the schemas' own choices hold: a listener may name its type only from Strimzi's list
        ObjectNode withListener = only("Kafka").deepCopy();
        ((ObjectNode) withListener.at("/spec/kafka/listeners/0")).put("type", "ingress-nginx");
        assertThat(CrdSchemas.problems(withListener)).singleElement().asString().contains("$.spec.kafka.listeners[0].type");
    }

    /**
     * Only the APIs current operators serve: Strimzi 1.x removed kafka.strimzi.io/v1beta2, the ingress-nginx
     * controller is retired (the routes are the Gateway API's) — in what this module renders and in what
     * {@code kubectl kustomize deploy/k8s} renders, where kubectl is installed.
     */
    @Test
    void rendersOnlyTheCurrentApis() throws Exception {
        List<List<ObjectNode>> renders = new ArrayList<>(List.of(objects));
        kubectlKustomize().ifPresent(renders::add);
        for (List<ObjectNode> render : renders) {
            Set<String> apis = new HashSet<>();
            render.forEach(o -> apis.add(o.path("apiVersion").asText()));
            assertThat(apis).as("API versions rendered").contains("kafka.strimzi.io/v1", "gateway.networking.k8s.io/v1")
                    .noneMatch(a -> a.contains("v1beta") || a.contains("v1alpha"))
                    .noneMatch(a -> a.startsWith("networking.k8s.io/") || a.startsWith("extensions/"));
            CUSTOM_APIS.forEach((group, version) -> assertThat(apis).filteredOn(a -> a.startsWith(group + "/"))
                    .as(group).containsOnly(group + "/" + version));
            assertThat(render).extracting(o -> o.path("kind").asText()).doesNotContain("Ingress")
                    .contains("Gateway", "HTTPRoute", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "PodMonitor");
            assertThat(render).as("no annotation of a retired controller or of ZooKeeper-era Strimzi")
                    .allSatisfy(o -> o.at("/metadata/annotations").fieldNames().forEachRemaining(a -> assertThat(a)
                            .doesNotStartWith("nginx.ingress.kubernetes.io/").isNotIn("strimzi.io/kraft", "strimzi.io/node-pools")));
        }
    }

    @Test
    void rendersLikeKubectlKustomize() throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed");
        Set<String> theirs = new HashSet<>();
        kubectlKustomize().orElseThrow().forEach(o -> theirs.add(Manifests.id(o) + "@" + o.path("metadata").path("namespace").asText()));
        Set<String> ours = new HashSet<>();
        objects.forEach(o -> ours.add(Manifests.id(o) + "@" + o.path("metadata").path("namespace").asText()));
        assertThat(theirs).isEqualTo(ours);
    }

    /** What {@code kubectl kustomize deploy/k8s} renders, where kubectl is installed. */
    static Optional<List<ObjectNode>> kubectlKustomize() throws IOException, InterruptedException {
        if (!onPath("kubectl")) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder("kubectl", "kustomize", K8S.toString()).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes())).isZero();
        Path rendered = Files.createTempFile("onewindow-k8s", ".yaml");
        try {
            Files.write(rendered, out);
            return Optional.of(Manifests.documents(rendered));
        } finally {
            Files.delete(rendered);
        }
    }

    /**
     * Secrets are not rendered (deploy/k8s/secrets.sh creates them in the cluster): references resolve against its
     * table, and against the Secrets Strimzi's operators make for the rendered KafkaUsers and Kafka cluster.
     */
    @Test
    void everyReferenceResolves() throws IOException {
        Map<String, Manifests.DeclaredSecret> secrets = new HashMap<>(Manifests.declaredSecrets());
        secrets.putAll(madeByStrimzi());
        Map<String, JsonNode> configMaps = byName("ConfigMap");
        Map<String, JsonNode> deployments = byName("Deployment");
        List<String> problems = new ArrayList<>();
        for (JsonNode d : deployments.values()) {
            String name = d.at("/metadata/name").asText();
            JsonNode pod = d.at("/spec/template");
            if (!contains(pod.at("/metadata/labels"), d.at("/spec/selector/matchLabels"))) {
                problems.add(name + ": selector does not match the pod's labels");
            }
            for (JsonNode c : pod.at("/spec/containers")) {
                Set<String> ports = new HashSet<>();
                c.path("ports").forEach(p -> ports.add(p.path("name").asText()));
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    JsonNode port = c.path(probe).path("httpGet").path("port");
                    if (!port.isMissingNode() && port.isTextual() && !ports.contains(port.asText())) {
                        problems.add(name + ": " + probe + " names port " + port.asText());
                    }
                }
                for (JsonNode e : c.path("env")) {
                    JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode() && !hasKey(secrets.get(ref.path("name").asText()), ref.path("key").asText())) {
                        problems.add(name + ": " + e.path("name").asText() + " → secret key made neither by secrets.sh nor by Strimzi " + ref);
                    }
                }
            }
            for (JsonNode v : pod.at("/spec/volumes")) {
                if (v.has("configMap") && !configMaps.containsKey(v.at("/configMap/name").asText())) {
                    problems.add(name + ": volume of missing ConfigMap " + v.at("/configMap/name").asText());
                }
                if (v.has("secret")) {
                    Manifests.DeclaredSecret secret = secrets.get(v.at("/secret/secretName").asText());
                    if (secret == null) {
                        problems.add(name + ": volume of a Secret no one makes " + v.at("/secret/secretName").asText());
                    }
                    v.at("/secret/items").forEach(i -> {
                        if (!hasKey(secret, i.path("key").asText())) {
                            problems.add(name + ": volume names a missing secret key " + i);
                        }
                    });
                }
            }
        }
        for (JsonNode s : byName("Service").values()) {
            boolean matched = deployments.values().stream().anyMatch(d -> contains(d.at("/spec/template/metadata/labels"), s.at("/spec/selector")));
            if (!matched) {
                problems.add("Service " + s.at("/metadata/name").asText() + " selects no pods");
            }
        }
        problems.addAll(routeProblems());
        String kafka = only("Kafka").at("/metadata/name").asText();
        Stream.of(byName("KafkaTopic"), byName("KafkaNodePool"), byName("KafkaUser")).flatMap(m -> m.values().stream())
                .filter(t -> !kafka.equals(t.at("/metadata/labels/strimzi.io~1cluster").asText()))
                .forEach(t -> problems.add(Manifests.id(t) + " belongs to no Kafka cluster"));
        JsonNode cluster = only("Cluster");
        Set<String> roles = new HashSet<>();
        for (JsonNode role : cluster.at("/spec/managed/roles")) {
            roles.add(role.path("name").asText());
            Manifests.DeclaredSecret secret = secrets.get(role.at("/passwordSecret/name").asText());
            if (secret == null || !role.path("name").asText().equals(secret.fixed().get("username"))
                    || !secret.keys().contains("password") || !"kubernetes.io/basic-auth".equals(secret.type())) {
                problems.add("role " + role.path("name").asText() + " needs a basic-auth Secret with its username");
            }
        }
        for (JsonNode db : byName("Database").values()) {
            if (!roles.contains(db.at("/spec/owner").asText())
                    || !cluster.at("/metadata/name").asText().equals(db.at("/spec/cluster/name").asText())) {
                problems.add(Manifests.id(db) + ": owner or cluster unknown");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyServiceIsToldWhereItsDatabaseBrokerAndKeycloakAre() throws IOException {
        Set<String> databases = new HashSet<>();
        byName("Database").values().forEach(d -> databases.add(d.at("/spec/name").asText()));
        String rw = only("Cluster").at("/metadata/name").asText() + "-rw:5432/";
        String bootstrap = only("Kafka").at("/metadata/name").asText() + "-kafka-bootstrap:" + secureListener().path("port").asInt();
        for (String service : SERVICES) {
            JsonNode d = of("Deployment", service);
            Map<String, String> env = new HashMap<>();
            d.at("/spec/template/spec/containers/0/env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
            String db = "ow_" + serviceProperties(service).getProperty("onewindow.db");
            assertThat(env).as(service).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0").containsEntry("QUARKUS_HTTP_PORT", "8080")
                    .containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + rw + db)
                    .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + rw + db)
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", db)
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap)
                    .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://keycloak:8080/realms/onewindow")
                    .containsKeys("QUARKUS_DATASOURCE_PASSWORD", "OW_INSTANCE");
            assertThat(databases).as(service).contains(db);
        }
        JsonNode gateway = of("Deployment", "gateway");
        List<String> targets = new ArrayList<>();
        gateway.at("/spec/template/spec/containers/0/env").forEach(e -> {
            if (e.path("name").asText().startsWith("ONEWINDOW_SERVICES_")) {
                targets.add(e.path("value").asText());
            }
        });
        assertThat(targets).containsExactlyInAnyOrder("http://intake-service:8080", "http://routing-service:8080",
                "http://approval-service:8080", "http://issuance-service:8080", "http://evaluation-service:8080");
    }

    /**
     * The topics carry personal data (#20, item 11): Kafka listens only with TLS and a login, and each service
     * logs in as its own KafkaUser (SCRAM-SHA-512), its password from the Secret Strimzi makes for that user,
     * trusting the brokers by the cluster CA's certificate mounted into the pod.
     */
    @Test
    void kafkaIsReachedOnlyOverTlsAndEachServiceLogsInAsItsOwnUser() {
        JsonNode kafka = only("Kafka");
        kafka.at("/spec/kafka/listeners").forEach(l -> {
            assertThat(l.path("tls").asBoolean()).as("listener " + l.path("name").asText() + " uses TLS").isTrue();
            assertThat(l.at("/authentication/type").asText()).as("listener " + l.path("name").asText() + " authenticates")
                    .isIn("scram-sha-512", "tls");
        });
        assertThat(kafka.at("/spec/entityOperator/userOperator").isObject()).as("the User Operator makes the users' Secrets").isTrue();
        String caSecret = kafka.at("/metadata/name").asText() + "-cluster-ca-cert";
        Map<String, JsonNode> users = byName("KafkaUser");
        for (String service : SERVICES) {
            JsonNode user = users.get(service);
            assertThat(user).as("a KafkaUser for " + service).isNotNull();
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            JsonNode container = of("Deployment", service).at("/spec/template/spec/containers/0");
            Map<String, JsonNode> env = new HashMap<>();
            container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL").path("value").asText()).as(service).isEqualTo("SASL_SSL");
            assertThat(env.get("KAFKA_SASL_MECHANISM").path("value").asText()).as(service).isEqualTo("SCRAM-SHA-512");
            JsonNode jaas = env.get("KAFKA_SASL_JAAS_CONFIG").at("/valueFrom/secretKeyRef");
            assertThat(jaas.path("name").asText()).as(service + " logs in as its own user").isEqualTo(service);
            assertThat(jaas.path("key").asText()).isEqualTo("sasl.jaas.config");
            assertThat(env.get("KAFKA_SSL_TRUSTSTORE_TYPE").path("value").asText()).as(service).isEqualTo("PEM");
            String truststore = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION").path("value").asText();
            String volume = null;
            for (JsonNode m : container.path("volumeMounts")) {
                if (truststore.startsWith(m.path("mountPath").asText() + "/")) {
                    volume = m.path("name").asText();
                }
            }
            assertThat(volume).as(service + ": the truststore file is mounted").isNotNull();
            String mounted = volume;
            JsonNode source = null;
            for (JsonNode v : of("Deployment", service).at("/spec/template/spec/volumes")) {
                if (mounted.equals(v.path("name").asText())) {
                    source = v;
                }
            }
            assertThat(source).as(service + ": volume " + mounted).isNotNull();
            assertThat(source.at("/secret/secretName").asText()).as(service + " trusts the cluster CA").isEqualTo(caSecret);
        }
    }

    /** The listener the services use: the one with TLS and authentication. */
    static JsonNode secureListener() {
        for (JsonNode l : only("Kafka").at("/spec/kafka/listeners")) {
            if (l.path("tls").asBoolean() && l.has("authentication")) {
                return l;
            }
        }
        throw new AssertionError("Kafka has no listener with TLS and authentication");
    }

    /**
     * The operator's {@code ow} pod (deploy/k8s/ops, applied on its own): its KafkaUser fits Strimzi's v1 schema and
     * belongs to the hall's Kafka, the pod fits the Pod model, and every Secret, key and ConfigMap it mounts is one that
     * secrets.sh, Strimzi (for the hall's render plus this KafkaUser) or its own kustomization makes.
     */
    @Test
    void theOperatorsPodFitsItsSchemasAndMountsOnlyWhatTheClusterHas() throws IOException {
        List<ObjectNode> ops = Manifests.kustomize(K8S.resolve("ops"));
        List<String> problems = new ArrayList<>();
        Map<String, Manifests.DeclaredSecret> secrets = new HashMap<>(Manifests.declaredSecrets());
        secrets.putAll(madeByStrimzi());
        Set<String> configMaps = new HashSet<>();
        String kafka = only("Kafka").at("/metadata/name").asText();
        for (ObjectNode o : ops) {
            String kind = o.path("kind").asText();
            if (kind.equals("KafkaUser")) {
                assertThat(o.path("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1");
                CrdSchemas.problems(o).forEach(p -> problems.add(Manifests.id(o) + " " + p));
                if (!kafka.equals(o.at("/metadata/labels/strimzi.io~1cluster").asText())) {
                    problems.add(Manifests.id(o) + " belongs to no Kafka cluster");
                }
                String name = o.at("/metadata/name").asText();
                secrets.put(name, new Manifests.DeclaredSecret(name, "Opaque", Map.of(), Set.of("password", "sasl.jaas.config")));
            } else if (kind.equals("ConfigMap")) {
                configMaps.add(o.at("/metadata/name").asText());
            }
        }
        List<ObjectNode> pods = ops.stream().filter(o -> o.path("kind").asText().equals("Pod")).toList();
        assertThat(pods).hasSize(1);
        ObjectNode pod = pods.get(0);
        Manifests.unknownFields(Manifests.YAML.convertValue(pod, io.fabric8.kubernetes.api.model.Pod.class))
                .forEach(f -> problems.add("Pod: unknown field " + f));
        for (JsonNode v : pod.at("/spec/volumes")) {
            if (v.has("configMap") && !configMaps.contains(v.at("/configMap/name").asText())) {
                problems.add("Pod: volume of missing ConfigMap " + v.at("/configMap/name").asText());
            }
            List<JsonNode> secretRefs = new ArrayList<>();
            if (v.has("secret")) {
                ObjectNode ref = Manifests.YAML.createObjectNode().put("name", v.at("/secret/secretName").asText());
                ref.set("items", v.at("/secret/items"));
                secretRefs.add(ref);
            }
            v.at("/projected/sources").forEach(src -> {
                if (src.has("secret")) {
                    secretRefs.add(src.get("secret"));
                }
            });
            for (JsonNode ref : secretRefs) {
                Manifests.DeclaredSecret secret = secrets.get(ref.path("name").asText());
                if (secret == null) {
                    problems.add("Pod: mounts a Secret no one makes " + ref.path("name").asText());
                    continue;
                }
                ref.path("items").forEach(i -> {
                    if (!hasKey(secret, i.path("key").asText())) {
                        problems.add("Pod: mounts a missing key " + i.path("key").asText() + " of " + secret.name());
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Secrets Strimzi's operators make in the cluster: each SCRAM KafkaUser's, and the cluster CA's certificate. */
    static Map<String, Manifests.DeclaredSecret> madeByStrimzi() {
        Map<String, Manifests.DeclaredSecret> out = new HashMap<>();
        for (JsonNode u : byName("KafkaUser").values()) {
            if ("scram-sha-512".equals(u.at("/spec/authentication/type").asText())) {
                String name = u.at("/metadata/name").asText();
                out.put(name, new Manifests.DeclaredSecret(name, "Opaque", Map.of(), Set.of("password", "sasl.jaas.config")));
            }
        }
        for (JsonNode k : byName("Kafka").values()) {
            String name = k.at("/metadata/name").asText() + "-cluster-ca-cert";
            out.put(name, new Manifests.DeclaredSecret(name, "Opaque", Map.of(), Set.of("ca.crt", "ca.p12", "ca.password")));
        }
        return out;
    }

    @Test
    void everyTopicTheServicesUseIsDeclaredWithPartitionsForEveryReplica() throws IOException {
        Map<String, Integer> declared = new HashMap<>();
        byName("KafkaTopic").values().forEach(t -> declared.put(t.at("/spec/topicName").asText(), t.at("/spec/partitions").asInt()));
        Set<String> used = topicsTheCodeUses();
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(declared.keySet()).containsAll(used);
        int replicas = byName("Deployment").values().stream().filter(d -> SERVICES.contains(d.at("/metadata/name").asText()))
                .mapToInt(d -> d.at("/spec/replicas").asInt()).max().orElseThrow();
        for (String caseTopic : List.of(Topics.INTAKE_CASE, Topics.ROUTING_CASE, Topics.APPROVAL_CASE,
                Topics.ISSUANCE_CASE, Topics.EVALUATION_CASE)) {
            assertThat(declared.get(caseTopic)).as(caseTopic).isGreaterThanOrEqualTo(Math.max(replicas, 6));
        }
    }

    /**
     * Topic names in the services' configuration (dead-letter topics resolved) and every topic the contracts declare:
     * the code names topics only through {@link Topics} (#21), so the contracts are the code's list.
     */
    static Set<String> topicsTheCodeUses() throws IOException {
        Set<String> out = new HashSet<>(topicsTheConfigurationNames());
        out.addAll(Topics.events());
        out.addAll(Topics.deadLetterTopics());
        return out;
    }

    /** Topic names in the services' Kafka channel settings ({@code .topic} and {@code .topics}), dead-letter topics resolved. */
    static Set<String> topicsTheConfigurationNames() throws IOException {
        Set<String> out = new HashSet<>();
        Path root = Manifests.DEPLOY.getParent();
        // the configuration every service shares (its dead-letter topic names the service's database)
        Properties shared = new Properties();
        try (var in = Files.newBufferedReader(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            shared.load(in);
        }
        for (String service : SERVICES) {
            Properties p = serviceProperties(service);
            for (Properties props : List.of(p, shared)) {
                props.stringPropertyNames().stream().filter(k -> k.endsWith(".topic") || k.endsWith(".topics"))
                        .flatMap(k -> Stream.of(props.getProperty(k).split(",")))
                        .forEach(t -> out.add(t.trim().replace("${onewindow.db}", p.getProperty("onewindow.db"))));
            }
        }
        return out;
    }

    /**
     * The deployment files name topics as configuration must (Kafka resources, channel settings, the local servers'
     * script): each of them is one the contracts declare, and the local servers create every one of those — a topic
     * renamed or added in {@link Topics} fails here until every place that names it follows.
     */
    @Test
    void everyTopicNamedOutsideTheContractsIsOneTheyDeclare() throws IOException {
        Set<String> declared = new HashSet<>(Topics.all());
        Set<String> k8s = new HashSet<>();
        byName("KafkaTopic").values().forEach(t -> k8s.add(t.at("/spec/topicName").asText()));
        String servers = Files.readString(Manifests.DEPLOY.resolve("local/servers.sh"));
        Set<String> local = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^(?:TOPICS|COMPACTED_TOPICS|DLQ_TOPICS)=\"([^\"]*)\"").matcher(servers);
        while (m.find()) {
            local.addAll(List.of(m.group(1).trim().split("\\s+")));
        }
        assertThat(topicsTheConfigurationNames()).as("topics in the services' configuration").isSubsetOf(declared);
        assertThat(k8s).as("KafkaTopic resources").isEqualTo(declared);
        // the local servers leave the outbox's unaddressed default to the broker's auto-creation
        assertThat(local).as("topics deploy/local/servers.sh creates").containsExactlyInAnyOrderElementsOf(
                declared.stream().filter(t -> !t.equals(Topics.UNADDRESSED)).toList());
        Matcher compacted = Pattern.compile("(?m)^COMPACTED_TOPICS=\"([^\"]*)\"").matcher(servers);
        assertThat(compacted.find()).isTrue();
        assertThat(List.of(compacted.group(1).trim().split("\\s+"))).as("compacted topics")
                .containsExactlyInAnyOrderElementsOf(Topics.COMPACTED);
    }

    /**
     * The routes and their Gateway: every route names a listener of a rendered Gateway that serves its hosts and
     * admits it, every backend is a rendered Service's port, and every TLS certificate is one the hall provides.
     */
    static List<String> routeProblems() {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> gateways = byName("Gateway");
        Map<String, JsonNode> services = byName("Service");
        for (JsonNode g : gateways.values()) {
            g.at("/spec/listeners").forEach(l -> l.at("/tls/certificateRefs").forEach(c -> {
                if (!HALL_SECRETS.contains(c.path("name").asText()) || !"Secret".equals(c.path("kind").asText("Secret"))) {
                    problems.add("Gateway " + Manifests.id(g) + " listener " + l.path("name").asText() + ": certificate " + c);
                }
            }));
        }
        for (JsonNode route : byName("HTTPRoute").values()) {
            String id = Manifests.id(route);
            for (JsonNode parent : route.at("/spec/parentRefs")) {
                JsonNode gateway = gateways.get(parent.path("name").asText());
                JsonNode listener = null;
                if (gateway != null) {
                    for (JsonNode l : gateway.at("/spec/listeners")) {
                        if (l.path("name").asText().equals(parent.path("sectionName").asText())) {
                            listener = l;
                        }
                    }
                }
                if (listener == null) {
                    problems.add(id + ": no Gateway listener " + parent);
                    continue;
                }
                String host = listener.path("hostname").asText("");
                for (JsonNode h : route.at("/spec/hostnames")) {
                    if (!host.isEmpty() && !host.equals(h.asText())) {
                        problems.add(id + ": host " + h.asText() + " is not served by listener " + listener.path("name").asText());
                    }
                }
                if (!"Same".equals(listener.at("/allowedRoutes/namespaces/from").asText("Same"))) {
                    problems.add(id + ": listener " + listener.path("name").asText() + " admits routes of other namespaces");
                }
            }
            for (JsonNode rule : route.at("/spec/rules")) {
                for (JsonNode b : rule.path("backendRefs")) {
                    JsonNode service = services.get(b.path("name").asText());
                    boolean port = service != null && StreamSupport.stream(service.at("/spec/ports").spliterator(), false)
                            .anyMatch(p -> p.path("port").asInt() == b.path("port").asInt());
                    if (!port) {
                        problems.add(id + ": backend " + b + " is no rendered Service port");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The public host of Keycloak serves what browsers and department systems need — the hall's realm (login, token,
     * keys) and the login pages' resources — and neither its administration (console and REST API), the master
     * realm, nor its health and metrics: those are reached inside the cluster (kubectl port-forward, README.md).
     */
    @Test
    void keycloakPublishesOnlyTheHallsRealm() {
        Routes routes = new Routes(objects);
        for (String path : List.of("/realms/onewindow/protocol/openid-connect/auth", "/realms/onewindow/protocol/openid-connect/token",
                "/realms/onewindow/protocol/openid-connect/certs", "/realms/onewindow/.well-known/openid-configuration",
                "/realms/onewindow/login-actions/authenticate", "/resources/abc12/login/onewindow/css/login.css")) {
            assertThat(routes.reach("auth", "auth.onewindow.example", path).map(Routes.Hit::backend)).as(path).contains("keycloak");
        }
        for (String path : List.of("/admin", "/admin/master/console/", "/admin/realms/onewindow/users", "/realms/master/protocol/openid-connect/token",
                "/realms/onewindow2/account", "/realms", "/metrics", "/health/ready", "/", "/js/keycloak.js")) {
            assertThat(routes.reach("auth", "auth.onewindow.example", path)).as(path + " is not routed").isEmpty();
        }
        // nor through the hall's host or plain HTTP (which only redirects)
        List<ObjectNode> routesToKeycloak = objects.stream().filter(o -> o.path("kind").asText().equals("HTTPRoute"))
                .filter(r -> r.at("/spec/rules").findValues("backendRefs").stream()
                        .anyMatch(b -> b.findValuesAsText("name").contains("keycloak"))).toList();
        assertThat(routesToKeycloak).isNotEmpty().allSatisfy(r -> assertThat(r.at("/spec/parentRefs").findValuesAsText("sectionName"))
                .containsOnly("auth"));
        assertThat(routes.reach("http", "auth.onewindow.example", "/admin").map(h -> h.rule().at("/filters/0/type").asText()))
                .contains("RequestRedirect");
        JsonNode keycloak = of("Deployment", "keycloak").at("/spec/template/spec/containers/0");
        Map<String, String> env = new HashMap<>();
        keycloak.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        assertThat(env.get("KC_HOSTNAME_ADMIN")).as("the console at the port-forward's address").startsWith("http://localhost:");
        assertThat(of("Service", "keycloak").at("/spec/ports").findValuesAsText("targetPort"))
                .as("the management port (health, metrics) is not behind the Service").containsOnly("http");
    }

    /**
     * The gateway's server-sent event streams (the calling screen, the workspace's case events) stay open through the
     * edge: each has a route rule without a request timeout — an implementation's default (Envoy's 15 s) would cut
     * them —, and every other request has one. The streams are read from the gateway's resources, so a new one
     * fails here until it has its rule.
     */
    @Test
    void eventStreamsStayOpenThroughTheGateway() throws IOException {
        Set<String> streams = serverSentEventPaths(Manifests.DEPLOY.getParent().resolve("gateway/src/main/java"));
        assertThat(streams).contains("/api/display/stream", "/api/events/stream");
        Routes routes = new Routes(objects);
        for (String path : streams) {
            assertThat(routes.reach("hall", "hall.onewindow.example", path)).as(path).hasValueSatisfying(hit -> {
                assertThat(hit.backend()).isEqualTo("gateway");
                assertThat(hit.requestTimeout()).contains("0s");
            });
        }
        for (String path : List.of("/", "/api/cases", "/api/display/calls", "/api/events/recent", "/assets/index.js")) {
            assertThat(routes.reach("hall", "hall.onewindow.example", path)).as(path).hasValueSatisfying(hit -> {
                assertThat(hit.backend()).isEqualTo("gateway");
                assertThat(hit.requestTimeout()).isPresent().get().isNotEqualTo("0s");
            });
        }
    }

    /** The paths of the JAX-RS methods producing server-sent events under {@code sources} (class and method @Path). */
    static Set<String> serverSentEventPaths(Path sources) throws IOException {
        Pattern classPath = Pattern.compile("(?s)@Path\\(\"([^\"]*)\"\\)\\s*(?:@[^\\n]*\\s*)*public class");
        Pattern method = Pattern.compile("(?s)@Path\\(\"([^\"]*)\"\\)\\s*(?:@(?!Path)[^\\n]*\\s*)*?@Produces\\(MediaType\\.SERVER_SENT_EVENTS\\)");
        Set<String> out = new HashSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (!src.contains("SERVER_SENT_EVENTS")) {
                    continue;
                }
                Matcher c = classPath.matcher(src);
                String base = c.find() ? c.group(1) : "";
                Matcher m = method.matcher(src);
                while (m.find()) {
                    out.add((base + "/" + m.group(1)).replaceAll("/+", "/"));
                }
            }
        }
        return out;
    }

    /**
     * Prometheus (its operator) scrapes every pod that has metrics, each pod a target named by the pod, the services
     * under their own names as job (what the Grafana dashboard filters by): the services at /q/metrics, Keycloak
     * on its management port with metrics on, and the Kafka nodes with Strimzi's metrics reporter on.
     */
    @Test
    void prometheusScrapesEveryPodWithMetrics() {
        Map<String, JsonNode> monitors = byName("PodMonitor");
        for (JsonNode d : byName("Deployment").values()) {
            String name = d.at("/metadata/name").asText();
            JsonNode pod = d.at("/spec/template");
            List<JsonNode> scraping = monitors.values().stream().filter(m -> selects(m.at("/spec/selector"), pod.at("/metadata/labels"))).toList();
            assertThat(scraping).as(name + ": scraped by exactly one PodMonitor").hasSize(1);
            JsonNode monitor = scraping.get(0);
            Set<String> ports = new HashSet<>();
            pod.at("/spec/containers").forEach(c -> c.path("ports").forEach(p -> ports.add(p.path("name").asText())));
            JsonNode endpoint = monitor.at("/spec/podMetricsEndpoints/0");
            assertThat(ports).as(name + ": the port scraped").contains(endpoint.path("port").asText());
            assertThat(pod.at("/metadata/labels/" + monitor.at("/spec/jobLabel").asText().replace("/", "~1")).asText())
                    .as(name + ": job").isEqualTo(name);
            String path = endpoint.path("path").asText();
            if (SERVICES.contains(name)) {
                assertThat(path).as(name).isEqualTo("/q/metrics");
            } else {
                assertThat(name).isEqualTo("keycloak");
                assertThat(path).isEqualTo("/metrics");
                assertThat(pod.at("/spec/containers/0/args").toString()).contains("--metrics-enabled=true");
            }
        }
        String kafka = only("Kafka").at("/metadata/name").asText();
        assertThat(only("Kafka").at("/spec/kafka/metricsConfig/type").asText()).isEqualTo("strimziMetricsReporter");
        assertThat(monitors.values()).as("Kafka's nodes").anySatisfy(m -> {
            assertThat(m.at("/spec/selector/matchLabels/strimzi.io~1cluster").asText()).isEqualTo(kafka);
            assertThat(m.at("/spec/podMetricsEndpoints").findValuesAsText("port")).contains("tcp-prometheus");
        });
        String pg = only("Cluster").at("/metadata/name").asText();
        assertThat(monitors.values()).as("PostgreSQL's instances")
                .anySatisfy(m -> assertThat(m.at("/spec/selector/matchLabels/cnpg.io~1cluster").asText()).isEqualTo(pg));
        // each pod a series of its own, named by the pod
        assertThat(monitors.values()).allSatisfy(m -> assertThat(m.at("/spec/podMetricsEndpoints")).allSatisfy(e ->
                assertThat(e.path("relabelings")).anySatisfy(r -> {
                    assertThat(r.path("sourceLabels").get(0).asText()).isEqualTo("__meta_kubernetes_pod_name");
                    assertThat(r.path("targetLabel").asText()).isEqualTo("instance");
                })));
    }

    /** A PodMonitor's label selector (matchLabels, and matchExpressions with In) against a pod's labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        boolean any = false;
        var it = selector.path("matchLabels").properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            any = true;
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode x : selector.path("matchExpressions")) {
            any = true;
            if (!"In".equals(x.path("operator").asText())
                    || !StreamSupport.stream(x.path("values").spliterator(), false)
                    .anyMatch(v -> v.equals(labels.get(x.path("key").asText())))) {
                return false;
            }
        }
        return any;
    }

    static Properties serviceProperties(String service) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(Manifests.DEPLOY.getParent().resolve(service + "/src/main/resources/application.properties"))) {
            p.load(in);
        }
        return p;
    }

    private static boolean hasKey(Manifests.DeclaredSecret secret, String key) {
        return secret != null && secret.keys().contains(key);
    }

    private static boolean contains(JsonNode labels, JsonNode selector) {
        var it = selector.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return selector.size() > 0;
    }

    static Map<String, JsonNode> byName(String kind) {
        Map<String, JsonNode> out = new HashMap<>();
        objects.stream().filter(o -> kind.equals(o.path("kind").asText()))
                .forEach(o -> out.put(o.at("/metadata/name").asText(), o));
        return out;
    }

    static ObjectNode of(String kind, String name) {
        return objects.stream().filter(o -> Manifests.id(o).equals(kind + "/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static JsonNode only(String kind) {
        assertThat(byName(kind)).as(kind).hasSize(1);
        return byName(kind).values().iterator().next();
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
