package cn.onewindow.testcontainers;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.testcontainers.utility.TestcontainersConfiguration;

import cn.onewindow.contracts.Topics;

/**
 * PostgreSQL, Kafka and Keycloak in containers, set up as deploy/local/servers.sh sets up its processes: one database
 * and role per service, the topics (compacted ones compacted), the demo realm with this profile's client secrets and
 * intake-service's permission on its window group. Each is published on the loopback port the tests already use
 * (OW_PG_PORT, OW_KAFKA_PORT, OW_KC_PORT, which the build gives every test JVM: the "test" profile's 25432, 29092,
 * 28180), so the services' settings, test-support and system-tests' Suite reach them unchanged — and a test run with
 * servers.sh's servers up on those ports cannot start these (stop those first: deploy/local/servers.sh stop).
 */
public final class ServerContainers implements AutoCloseable {
    /** The label of every container this starts: {@code docker rm -f $(docker ps -aq --filter label=cn.onewindow.test-servers)}. */
    public static final String LABEL = "cn.onewindow.test-servers";
    private static final int EVENT_PARTITIONS = 6;

    private final List<GenericContainer<?>> containers;
    private final boolean kept;

    private ServerContainers(List<GenericContainer<?>> containers, boolean kept) {
        this.containers = containers;
        this.kept = kept;
    }

    /**
     * Starts the three (in parallel) and fills them. With Testcontainers' reuse on (TESTCONTAINERS_REUSE_ENABLE=true,
     * as system-tests' -Pcontainers run sets it), a later test JVM finds the same containers running and carries on
     * with their data; {@link #close()} then leaves them running.
     */
    public static ServerContainers start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-Pcontainers needs a Docker engine (or Podman's Docker API) and none answers; "
                    + "without one, run the tests on local servers: deploy/local/test.sh");
        }
        String host = DockerClientFactory.instance().dockerHostIpAddress();
        if (!Set.of("localhost", "127.0.0.1").contains(host)) {
            throw new IllegalStateException("-Pcontainers needs the Docker engine on this machine: the tests and the services "
                    + "reach their servers at 127.0.0.1, and this engine publishes at " + host);
        }
        Checkout checkout = Checkout.find();
        boolean reuse = TestcontainersConfiguration.getInstance().environmentSupportsReuse();
        int pg = port("OW_PG_PORT", 25432);
        int kafka = port("OW_KAFKA_PORT", 29092);
        int keycloak = port("OW_KC_PORT", 28180);
        Map<String, String> secrets = checkout.realmSecrets();
        String admin = env("OW_KC_ADMIN", "admin");
        String adminPassword = env("OW_KC_ADMIN_PASSWORD", "admin");

        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(checkout.image("postgres"))
                .asCompatibleSubstituteFor("postgres"))
                // the roles and databases of the six services, the script Compose runs
                .withCopyFileToContainer(MountableFile.forHostPath(checkout.file("deploy/compose/init-databases.sql")),
                        "/docker-entrypoint-initdb.d/init-databases.sql")
                // six services' pools and the tests' own connections, as servers.sh sizes its server
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
        KafkaContainer broker = new KafkaContainer(DockerImageName.parse(checkout.image("kafka")));
        GenericContainer<?> realm = new GenericContainer<>(DockerImageName.parse(checkout.image("keycloak")))
                // as servers.sh starts it: the group permissions intake-service's delegation sync relies on need v1
                .withCommand("start-dev", "--features=admin-fine-grained-authz:v1", "--http-port=8080", "--import-realm")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", admin)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword)
                // the realm file's ${OW_INTAKE_CLIENT_SECRET} and ${OW_GATEWAY_CLIENT_SECRET}, filled at import
                .withEnv(secrets)
                .withCopyFileToContainer(MountableFile.forHostPath(checkout.file("deploy/keycloak/onewindow-realm.json")),
                        "/opt/keycloak/data/import/onewindow-realm.json")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/onewindow/.well-known/openid-configuration").forPort(8080)
                        .withStartupTimeout(Duration.ofMinutes(4)));

        List<GenericContainer<?>> all = List.of(
                onLoopback(postgres, "postgres", pg, 5432, reuse),
                onLoopback(broker, "kafka", kafka, 9092, reuse),
                onLoopback(realm, "keycloak", keycloak, 8080, reuse));
        ServerContainers servers = new ServerContainers(all, reuse);
        try {
            Startables.deepStart(all).join();
            createTopics(kafka);
            grantIntake(checkout, keycloak, secrets, admin, adminPassword);
        } catch (RuntimeException e) {
            servers.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        System.out.printf("[test-servers] PostgreSQL 127.0.0.1:%d, Kafka 127.0.0.1:%d, Keycloak http://127.0.0.1:%d (containers%s)%n",
                pg, kafka, keycloak, reuse ? ", kept for the next test JVM" : "");
        return servers;
    }

    private static GenericContainer<?> onLoopback(GenericContainer<?> c, String name, int hostPort, int containerPort, boolean reuse) {
        c.setPortBindings(List.of("127.0.0.1:" + hostPort + ":" + containerPort));
        c.withLabel(LABEL, name).withReuse(reuse);
        return c;
    }

    /** The topics as servers.sh creates them: events 6 partitions, compacted ones 3, dead letters (and the unaddressed) 1. */
    static List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String t : Topics.events()) {
            if (!Topics.COMPACTED.contains(t)) {
                topics.add(new NewTopic(t, EVENT_PARTITIONS, (short) 1));
            }
        }
        for (String t : Topics.COMPACTED) {
            NewTopic topic = new NewTopic(t, 3, (short) 1);
            topic.configs(t.equals(Topics.INTAKE_CONTACT)
                    // a tombstoned contact is gone within a day (deploy/k8s/topics.yaml)
                    ? Map.of("cleanup.policy", "compact", "segment.ms", "3600000", "max.compaction.lag.ms", "86400000",
                            "delete.retention.ms", "86400000")
                    : Map.of("cleanup.policy", "compact"));
            topics.add(topic);
        }
        for (String t : Topics.deadLetterTopics()) {
            topics.add(new NewTopic(t, 1, (short) 1));
        }
        topics.add(new NewTopic(Topics.UNADDRESSED, 1, (short) 1));
        return topics;
    }

    private static void createTopics(int port) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        try (Admin admin = Admin.create(props)) {
            for (var result : admin.createTopics(topics()).values().entrySet()) {
                try {
                    result.getValue().get(1, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) { // a reused broker has them already
                        throw new IllegalStateException("creating topic " + result.getKey() + " failed", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics within a minute", e);
        }
    }

    /**
     * What servers.sh does after every Keycloak start: intake-service's service account gets its window group's
     * permissions (a realm import cannot carry them; deploy/keycloak/intake-access.py). Without python3, or when it
     * fails, intake's delegation sync is refused and says so — as in the local run, a warning, not a stop.
     */
    private static void grantIntake(Checkout checkout, int port, Map<String, String> secrets, String admin, String password) {
        ProcessBuilder pb = new ProcessBuilder("python3", checkout.file("deploy/keycloak/intake-access.py").toString(),
                "--url", "http://127.0.0.1:" + port, "--admin", admin, "--sync-client-secrets")
                .directory(checkout.root.toFile()).inheritIO();
        pb.environment().putAll(secrets);
        pb.environment().put("OW_KC_ADMIN_PASSWORD", password);
        try {
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                System.out.println("[test-servers] WARNING: deploy/keycloak/intake-access.py did not finish within 2 minutes");
            } else if (p.exitValue() != 0) {
                System.out.println("[test-servers] WARNING: intake-service's Keycloak permission is not set (above)");
            }
        } catch (IOException e) {
            System.out.println("[test-servers] WARNING: python3 is missing: intake-service cannot keep the delegations in Keycloak");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int port(String variable, int testProfileDefault) {
        return Integer.parseInt(env(variable, String.valueOf(testProfileDefault)));
    }

    private static String env(String variable, String fallback) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Stops the containers, unless they are kept for the next test JVM (reuse). */
    @Override
    public void close() {
        if (!kept) {
            containers.forEach(GenericContainer::stop);
        }
    }
}
