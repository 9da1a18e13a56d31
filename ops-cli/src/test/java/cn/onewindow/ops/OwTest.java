package cn.onewindow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.onewindow.contracts.Topics;

class OwTest {
    /** What one run of the tool left: its exit code and what it printed. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... argv) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Ow.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        Run noSubcommand = run("events");
        assertThat(noSubcommand.exit()).isEqualTo(2);
        assertThat(noSubcommand.err()).contains("ow: Missing required subcommand").contains("Usage: ow events", "tail", "lag");
        Run noCase = run("events", "tail");
        assertThat(noCase.exit()).isEqualTo(2);
        assertThat(noCase.err()).contains("Missing required option: '--case=<case id>'").contains("'ow events tail --help'");
        Run noTopicValue = run("dlq", "replay", "--topic");
        assertThat(noTopicValue.exit()).isEqualTo(2);
        assertThat(noTopicValue.err()).contains("Missing required parameter for option '--topic'");
        Run unknownCommand = run("events", "wiggle", "--case", "1");
        assertThat(unknownCommand.exit()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("'wiggle'");
        Run notADeadLetterTopic = run("dlq", "replay", "--topic", Topics.INTAKE_CASE, "--bootstrap", "127.0.0.1:1");
        assertThat(notADeadLetterTopic.exit()).isEqualTo(2);
        assertThat(notADeadLetterTopic.err()).contains("not a dead-letter topic");
        Run nothing = run();
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("Usage: ow", "events", "dlq", "trail");
    }

    @Test
    void aMisspeltOptionExitsWithTwoNamingItAndSuggestsTheRightOne() {
        Run r = run("dlq", "replay", "--topic", Topics.deadLetters("routing"), "--dry-rn");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--dry-rn'").contains("--dry-run").contains("'ow dlq replay --help'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyCommandsHelpListsItsOwnOptionsAndNoOthers() {
        Map<List<String>, List<String>> own = Map.of(
                List.of("events", "tail"), List.of("--case", "--headers", "--data", "--follow", "--bootstrap-server", "--command-config"),
                List.of("events", "lag"), List.of("--group", "--bootstrap-server", "--command-config"),
                List.of("dlq", "list"), List.of("--topic", "--bootstrap-server", "--command-config"),
                List.of("dlq", "replay"), List.of("--topic", "--dry-run", "--bootstrap-server", "--command-config"),
                List.of("trail", "verify"), List.of("--db", "--jdbc", "--user", "--password", "--password-file"));
        List<String> every = own.values().stream().flatMap(List::stream).distinct().toList();
        own.forEach((command, options) -> {
            Run help = run(command.get(0), command.get(1), "--help");
            assertThat(help.exit()).as(command + " --help").isZero();
            assertThat(help.out()).as(command + " --help").startsWith("Usage: ow " + String.join(" ", command))
                    .contains(options).contains("--help", "--version");
            every.stream().filter(o -> !options.contains(o))
                    .forEach(o -> assertThat(help.out()).as(command + " --help must not offer " + o).doesNotContain(o + " ", o + "="));
            assertThat(help.err()).isEmpty();
        });
        assertThat(run("dlq", "replay", "--help").out()).contains(Topics.deadLetters("routing"));
    }

    @Test
    void theRootHelpListsEveryCommandAndTheCompletionOne() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("events", "dlq", "trail", "generate-completion", "Exit codes: 0 done, 1 failed");
        Run events = run("events", "--help");
        assertThat(events.out()).contains("tail", "lag").doesNotContain("replay");
    }

    @Test
    void versionNamesTheBuildAndTheKafkaClient() {
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).containsPattern("(?m)^ow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(OneWindow operator tool\\)$")
                .containsPattern("(?m)^kafka-clients \\d+\\.\\d+").doesNotContain("${");
        assertThat(run("dlq", "replay", "--version").out()).isEqualTo(version.out());
    }

    @Test
    void theCompletionScriptCompletesEveryCommandOptionAndDeadLetterTopic() {
        Run completion = run("generate-completion");
        assertThat(completion.exit()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_ow", "ow")
                .contains("events", "tail", "lag", "dlq", "list", "replay", "trail", "verify")
                .contains("--case", "--dry-run", "--command-config", "--bootstrap-server", "--db")
                .contains(Topics.deadLetters("routing"), Topics.deadLetters("gateway"))
                .contains("approval");
        assertThat(completion.out()).doesNotContain("_picocli_ow_events_wiggle");
    }

    /** The script as bash runs it when the operator presses Tab (needs bash; skipped where there is none). */
    @Test
    void bashCompletesCommandsOptionsAndTopicsWithTheScript(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path script = Files.writeString(dir.resolve("ow-completion.bash"), run("generate-completion").out());
        // what bash sets before it calls a completion function: the words of the line, the one under the cursor
        String driver = """
                source "$1"; shift
                for line in "$@"; do
                  COMP_LINE="$line"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
                  [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
                  COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
                  _complete_ow ow "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}" 2>/dev/null
                  echo "${COMPREPLY[*]}"
                done
                """;
        Process bash = new ProcessBuilder("/bin/bash", "-c", driver, "bash", script.toString(), "ow ", "ow dlq re",
                "ow dlq replay --d", "ow dlq replay --topic onewindow.ro", "ow trail verify --db ap").start();
        List<String> lines = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(bash.waitFor()).isZero();
        assertThat(lines).containsExactly("events dlq trail generate-completion", "replay", "--dry-run",
                Topics.deadLetters("routing"), "approval");
    }

    @Test
    void aCommandConfigFileThatIsMissingOrWrongIsBadUsage(@TempDir Path dir) throws Exception {
        Run missing = run("events", "lag", "--command-config", dir.resolve("nope.properties").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("the --command-config file", "nope.properties", "does not exist");
        // the file's settings reach the client: Kafka refuses this one before it connects anywhere
        Path wrong = Files.writeString(dir.resolve("client.properties"), "security.protocol=SASL_TLS\n");
        Run refused = run("events", "lag", "--command-config", wrong.toString(), "--bootstrap-server", "127.0.0.1:1");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Kafka client settings are wrong", "SASL_TLS", "security.protocol");
    }

    @Test
    void aPasswordAndAPasswordFileTogetherAreBadUsage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("password"), "secret\n");
        Run both = run("trail", "verify", "--db", "approval", "--password", "p", "--password-file", file.toString(),
                "--jdbc", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("either --password or --password-file");
    }

    @Test
    void aCasesPartitionIsTheOneTheProducersDefaultPartitionerPicks() {
        for (String key : new String[] {"2026112300001", "SZ-AMR-2026-000123", "办件-1"}) {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            for (int partitions : new int[] {1, 3, 6, 12}) {
                assertThat(CaseTail.partitionFor(k, partitions)).isEqualTo(BuiltInPartitioner.partitionForKey(k, partitions));
            }
        }
    }
}
