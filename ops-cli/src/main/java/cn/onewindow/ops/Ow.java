package cn.onewindow.ops;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The operator's command-line tool. Reads and repairs the event streams with the plain Kafka client,
 * so it works wherever the broker is reachable (a laptop with a port-forward, a pod, this machine).
 * <pre>
 *   ow events tail --case &lt;case id&gt; [--headers] [--data] [--follow]
 *   ow events lag [--group &lt;consumer group&gt;]
 *   ow dlq list --topic &lt;dead-letter topic&gt;
 *   ow dlq replay --topic &lt;dead-letter topic&gt; [--dry-run]
 *   ow trail verify --db &lt;intake|routing|approval|issuance|evaluation&gt; [--jdbc url --user u --password p]
 * </pre>
 * Every command takes {@code --bootstrap host:port} (default: {@code OW_KAFKA_BOOTSTRAP}, else
 * 127.0.0.1:{@code OW_KAFKA_PORT}, else 127.0.0.1:19092, the local demo run).
 */
public final class Ow {
    static final String USAGE = """
            usage: ow events tail --case <case id> [--headers] [--data] [--follow]
                   ow events lag [--group <consumer group>]
                   ow dlq list --topic <dead-letter topic>
                   ow dlq replay --topic <dead-letter topic> [--dry-run]
                   ow trail verify --db <intake|routing|approval|issuance|evaluation> [--jdbc <url> --user <u> --password <p>]
            options: --bootstrap host:port (default $OW_KAFKA_BOOTSTRAP or 127.0.0.1:$OW_KAFKA_PORT or 127.0.0.1:19092)
            """;

    private Ow() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs one command; returns the process exit code (0 done, 1 failed, 2 bad usage). */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length < 2) {
            err.print(USAGE);
            return 2;
        }
        Args args;
        try {
            args = Args.parse(Arrays.copyOfRange(argv, 2, argv.length));
        } catch (IllegalArgumentException ex) {
            err.println("ow: " + ex.getMessage());
            err.print(USAGE);
            return 2;
        }
        var kafka = new KafkaAccess(args.get("bootstrap", KafkaAccess.defaultBootstrap()));
        try {
            switch (argv[0] + " " + argv[1]) {
                case "events tail" -> new CaseTail(kafka, out).run(args.required("case"), args.flag("headers"),
                        args.flag("data"), args.flag("follow"));
                case "events lag" -> new ConsumerLag(kafka, out).run(args.get("group", null));
                case "dlq list" -> new DeadLetters(kafka, out).list(args.required("topic"));
                case "dlq replay" -> new DeadLetters(kafka, out).replay(args.required("topic"), args.flag("dry-run"));
                case "trail verify" -> {
                    String db = args.required("db");
                    int breaks = new TrailVerify(out).run(args.get("jdbc", TrailVerify.localUrl(db)),
                            args.get("user", "ow_" + db), args.get("password", "ow_" + db));
                    if (breaks > 0) {
                        return 1;
                    }
                }
                default -> {
                    err.print(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (IllegalArgumentException ex) {
            err.println("ow: " + ex.getMessage());
            return 2;
        } catch (Exception ex) {
            err.println("ow: failed: " + ex);
            return 1;
        }
    }
}
