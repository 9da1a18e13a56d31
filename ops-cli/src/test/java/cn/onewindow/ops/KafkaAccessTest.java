package cn.onewindow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The Kafka client settings the tool builds from --bootstrap-server and --command-config. */
class KafkaAccessTest {
    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"ow-operator\" password=\"s3cret\";";

    @TempDir
    Path dir;

    @Test
    void theCommandConfigsSecuritySettingsReachTheAdminConsumerAndProducer() {
        Properties file = props("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", JAAS,
                "ssl.truststore.type", "PEM", "ssl.truststore.location", "/etc/ow/kafka-ca/ca.crt", "client.id", "ow-operator");
        KafkaAccess kafka = KafkaAccess.of("broker-0:9093", file);

        for (Map<String, Object> config : List.of(kafka.adminConfig(), kafka.consumerConfig(null), kafka.consumerConfig("ow-dlq-replay"),
                kafka.producerConfig())) {
            assertThat(config).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("sasl.jaas.config", JAAS).containsEntry("ssl.truststore.type", "PEM")
                    .containsEntry("ssl.truststore.location", "/etc/ow/kafka-ca/ca.crt").containsEntry("client.id", "ow-operator")
                    .containsEntry("bootstrap.servers", "broker-0:9093");
        }
        // and Kafka takes them as they are (types and allowed values), without connecting anywhere
        assertThat(new ConsumerConfig(kafka.consumerConfig(null)).getString("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(new ProducerConfig(kafka.producerConfig()).getPassword(SaslConfigs.SASL_JAAS_CONFIG).value()).isEqualTo(JAAS);
        assertThat(new AdminClientConfig(kafka.adminConfig()).getList("bootstrap.servers")).containsExactly("broker-0:9093");
    }

    @Test
    void theToolsOwnSettingsWinOverTheFiles() {
        Properties file = props("enable.auto.commit", "true", "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "isolation.level", "read_uncommitted", "group.id", "someone-elses", "acks", "1", "transactional.id", "tx-1");
        KafkaAccess kafka = KafkaAccess.of(null, file);

        assertThat(kafka.consumerConfig(null)).containsEntry("enable.auto.commit", "false")
                .containsEntry("key.deserializer", ByteArrayDeserializer.class.getName())
                .containsEntry("isolation.level", "read_committed").doesNotContainKey("group.id");
        assertThat(kafka.consumerConfig("ow-dlq-replay")).containsEntry("group.id", "ow-dlq-replay");
        assertThat(kafka.producerConfig()).containsEntry("acks", "all").containsEntry("enable.idempotence", "true")
                .containsEntry("value.serializer", ByteArraySerializer.class.getName()).doesNotContainKey("transactional.id");
    }

    @Test
    void theBootstrapComesFromTheOptionElseTheFileElseTheLocalRun() {
        Properties withBootstrap = props("bootstrap.servers", "from-file:9093");
        assertThat(KafkaAccess.of("from-option:9093", withBootstrap).adminConfig()).containsEntry("bootstrap.servers", "from-option:9093");
        assertThat(KafkaAccess.of(null, withBootstrap).adminConfig()).containsEntry("bootstrap.servers", "from-file:9093");
        assertThat(KafkaAccess.of(null, new Properties()).adminConfig())
                .containsEntry("bootstrap.servers", KafkaAccess.defaultBootstrap());
        assertThat(KafkaAccess.defaultBootstrap()).startsWith("127.0.0.1:");
    }

    @Test
    void theCommandLinesOptionsBuildTheClientSettings() throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), """
                # as kafka-consumer-groups.sh --command-config takes it
                security.protocol=SSL
                ssl.truststore.type=PEM
                ssl.truststore.location=/etc/ow/kafka-ca/ca.crt
                ssl.keystore.type=PKCS12
                ssl.keystore.location=/etc/ow/kafka-user/user.p12
                ssl.keystore.password=changeit
                """);
        CommandLine cmd = Ow.commandLine(new PrintWriter(new ByteArrayOutputStream()), new PrintWriter(new ByteArrayOutputStream()));
        var parsed = cmd.parseArgs("dlq", "replay", "--topic", "onewindow.routing.dlq.v1", "--command-config", file.toString(),
                "--bootstrap-server", "onewindow-kafka-bootstrap:9093");
        Dlq.Replay replay = parsed.subcommand().subcommand().commandSpec().commandLine().getCommand();

        KafkaAccess kafka = replay.kafka.access();

        assertThat(kafka.producerConfig()).containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.keystore.location", "/etc/ow/kafka-user/user.p12").containsEntry("ssl.keystore.password", "changeit")
                .containsEntry("bootstrap.servers", "onewindow-kafka-bootstrap:9093");
        assertThat(kafka.consumerConfig("ow-dlq-replay")).containsEntry("ssl.truststore.location", "/etc/ow/kafka-ca/ca.crt");
        // the option's name before the tool took Kafka's is still taken
        Events.Lag lag = cmd.parseArgs("events", "lag", "--bootstrap", "127.0.0.1:29092").subcommand().subcommand()
                .commandSpec().commandLine().getCommand();
        assertThat(lag.kafka.access().adminConfig()).containsEntry("bootstrap.servers", "127.0.0.1:29092");
        // without the option, none of it
        Dlq.Replay plain = cmd.parseArgs("dlq", "replay", "--topic", "onewindow.routing.dlq.v1").subcommand().subcommand()
                .commandSpec().commandLine().getCommand();
        if (System.getenv("OW_COMMAND_CONFIG") == null) {
            assertThat(plain.kafka.access().adminConfig()).containsOnlyKeys("bootstrap.servers");
        }
    }

    /**
     * deploy/k8s/ops/client.properties, the pod's: no secret in it, the login is read at start from the mounted Secret
     * Strimzi keeps for the KafkaUser (Kafka's DirectoryConfigProvider), the brokers trusted by the mounted cluster CA.
     */
    @Test
    void thePodsClientPropertiesReadTheLoginFromTheMountedKafkaUserSecret() throws Exception {
        Path recipe = repositoryRoot().resolve("deploy/k8s/ops/client.properties");
        String text = Files.readString(recipe);
        assertThat(text).as("the login is not in the file").doesNotContain("ScramLoginModule");
        Path secret = Files.createDirectories(dir.resolve("kafka-user"));
        Files.writeString(secret.resolve("sasl.jaas.config"), JAAS);
        Files.writeString(secret.resolve("password"), "s3cret");
        Path file = Files.writeString(dir.resolve("client.properties"), text.replace("/etc/ow/kafka-user", secret.toString()));
        Properties props = new Properties();
        try (var in = Files.newInputStream(file)) {
            props.load(in);
        }
        String allowed = System.getProperty("org.apache.kafka.automatic.config.providers");
        // as the pod runs it: only the directory provider allowed (JAVA_OPTS in ow-pod.yaml)
        System.setProperty("org.apache.kafka.automatic.config.providers",
                "org.apache.kafka.common.config.provider.DirectoryConfigProvider");
        try {
            KafkaAccess kafka = KafkaAccess.of("onewindow-kafka-bootstrap:9093", props);
            for (var config : List.of(new ConsumerConfig(kafka.consumerConfig("ow-dlq-replay")), new ProducerConfig(kafka.producerConfig()))) {
                assertThat(config.getString("security.protocol")).isEqualTo("SASL_SSL");
                assertThat(config.getString("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
                assertThat(config.getPassword("sasl.jaas.config").value()).isEqualTo(JAAS);
                assertThat(config.getString("ssl.truststore.type")).isEqualTo("PEM");
                assertThat(config.getString("ssl.truststore.location")).isEqualTo("/etc/ow/kafka-ca/ca.crt");
            }
            assertThat(new AdminClientConfig(kafka.adminConfig()).getPassword("sasl.jaas.config").value()).isEqualTo(JAAS);
        } finally {
            if (allowed == null) {
                System.clearProperty("org.apache.kafka.automatic.config.providers");
            } else {
                System.setProperty("org.apache.kafka.automatic.config.providers", allowed);
            }
        }
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("ops-cli")) ? here : here.getParent();
    }

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
