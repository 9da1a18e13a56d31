package cn.onewindow.ops;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.config.ConfigException;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The operator's command-line tool. Reads and repairs the event streams with the plain Kafka client,
 * so it works wherever the broker is reachable (a laptop with a port-forward, a pod, this machine).
 * <pre>
 *   ow events tail --case &lt;case id&gt; [--headers] [--data] [--follow]
 *   ow events lag [--group &lt;consumer group&gt;]
 *   ow dlq list --topic &lt;dead-letter topic&gt;
 *   ow dlq replay --topic &lt;dead-letter topic&gt; [--dry-run]
 *   ow trail verify --db &lt;intake|routing|approval|issuance|evaluation&gt; [--jdbc url --user u --password p]
 *   ow generate-completion          (bash/zsh completion: source &lt;(ow generate-completion))
 * </pre>
 * Every Kafka command takes {@code --bootstrap-server host:port} ({@code --bootstrap} too) and
 * {@code --command-config <client properties>} ({@link KafkaOptions}); every command {@code --help}.
 * Exit codes: 0 done, 1 failed (or a trail break), 2 bad usage.
 */
@Command(name = "ow", mixinStandardHelpOptions = true, versionProvider = OwVersion.class,
        description = {"The OneWindow operator's tool: one case's events across the topics, consumer lag, dead letters "
                + "and their replay, the trail's check."},
        subcommands = {Events.class, Dlq.class, Trail.class, AutoComplete.GenerateCompletion.class},
        footer = {"", "Kafka commands take --bootstrap-server <host:port> and --command-config <client properties file>; "
                + "see ow <command> <subcommand> --help.",
                "Exit codes: 0 done, 1 failed (a trail with a break too), 2 bad usage."})
public final class Ow {
    /** Bad input: the message, a suggestion if picocli has one, and where to read more. */
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int FAILED = CommandLine.ExitCode.SOFTWARE;

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs one command; returns the process exit code (0 done, 1 failed, 2 bad usage). */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        // UTF-8 whatever the terminal's locale says (a pod often has none): case numbers and causes may be Chinese
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(o, e).execute(argv);
        } finally {
            o.flush();
            e.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Ow());
        // picocli hides its completion command by default; operators should find it in ow --help
        cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cmd.setOut(out).setErr(err)
                .setParameterExceptionHandler(Ow::badUsage)
                .setExecutionExceptionHandler(Ow::failed);
    }

    private static int badUsage(ParameterException ex, String[] argv) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("ow: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        if (cmd.getSubcommands().isEmpty()) {
            err.println("Usage: see '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        } else {
            cmd.usage(err);  // a group (ow, ow dlq…) without one of its commands: which ones there are
        }
        return USAGE;
    }

    /**
     * A failure while running: an input the command found wrong (not a dead-letter topic, no such topic, a Kafka
     * client setting the --command-config file got wrong) is bad usage; anything else (the broker, the database) failed.
     */
    private static int failed(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        ConfigException config = configProblem(ex);
        if (config != null) {
            err.println("ow: the Kafka client settings are wrong (--bootstrap-server, --command-config): " + config.getMessage());
            return USAGE;
        }
        if (ex instanceof IllegalArgumentException) {
            err.println("ow: " + ex.getMessage());
            return USAGE;
        }
        err.println("ow: failed: " + ex);
        // the Kafka client wraps what went wrong ("Failed to create new KafkaAdminClient"): say what it was
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            err.println("  caused by: " + cause);
        }
        return FAILED;
    }

    private static ConfigException configProblem(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ConfigException c) {
                return c;
            }
        }
        return null;
    }
}
