package cn.onewindow.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the broker is and how to log in: the options every Kafka command takes, named as Kafka's own tools name
 * them ({@code --bootstrap-server}, {@code --command-config}), so a client properties file made for
 * kafka-consumer-groups.sh works here unchanged.
 */
final class KafkaOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--bootstrap-server", paramLabel = "<host:port>",
            description = {"The broker(s) to connect to (default: bootstrap.servers of the --command-config file, else "
                    + "$OW_KAFKA_BOOTSTRAP, else 127.0.0.1:$OW_KAFKA_PORT, else 127.0.0.1:19092, the local run)."})
    String bootstrap;

    @Option(names = "--command-config", paramLabel = "<file>", defaultValue = "${env:OW_COMMAND_CONFIG}",
            description = {"A Kafka client properties file (security.protocol, ssl.*, sasl.*, config.providers…) "
                    + "for a cluster with TLS and logins, as kafka-consumer-groups.sh takes it; every client of the "
                    + "command uses it (default: $OW_COMMAND_CONFIG)."})
    Path commandConfig;

    /** The name the tool had before it took Kafka's (--bootstrap-server): still taken, no longer shown. */
    @Option(names = "--bootstrap", hidden = true, paramLabel = "<host:port>")
    void bootstrapAsBefore(String hostPort) {
        bootstrap = hostPort;
    }

    KafkaAccess access() {
        return KafkaAccess.of(bootstrap, commandConfig());
    }

    private Properties commandConfig() {
        Properties p = new Properties();
        if (commandConfig == null) {
            return p;
        }
        // read as Kafka's tools read it (Properties.load of the bytes, ISO-8859-1 with backslash-u escapes)
        try (InputStream in = Files.newInputStream(commandConfig)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new ParameterException(command.commandLine(), "the --command-config file " + commandConfig + " does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(),
                    "cannot read the --command-config file " + commandConfig + ": " + e);
        }
        return p;
    }
}
