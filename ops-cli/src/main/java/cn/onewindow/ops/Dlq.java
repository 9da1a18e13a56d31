package cn.onewindow.ops;

import java.util.Iterator;
import java.util.concurrent.Callable;

import cn.onewindow.contracts.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ow dlq list|replay}: the dead letters of a service and, after the fix, their replay ({@link DeadLetters}). */
@Command(name = "dlq", mixinStandardHelpOptions = true, versionProvider = OwVersion.class,
        description = "A service's dead letters: list them, replay them after the fix.",
        subcommands = {Dlq.ListDeadLetters.class, Dlq.Replay.class})
final class Dlq {

    /** What the shell completes after --topic: every dead-letter topic of the suite. */
    static final class DeadLetterTopics implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Topics.deadLetterTopics().iterator();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = OwVersion.class, sortOptions = false,
            description = {"Every dead letter of the topic with its key, origin (topic[partition]@offset), reason and "
                    + "cause, and whether it was replayed or is waiting for replay."})
    static final class ListDeadLetters implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--topic", required = true, paramLabel = "<dead-letter topic>", completionCandidates = DeadLetterTopics.class,
                description = "onewindow.<service>.dlq.v1, one of: ${COMPLETION-CANDIDATES}.")
        String topic;
        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() {
            new DeadLetters(kafka.access(), spec.commandLine().getOut()).list(topic);
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = OwVersion.class, sortOptions = false,
            description = {"Sends each dead letter not yet replayed back to its origin topic and partition, unchanged, "
                    + "marked ow-replay-for: <service> so that only the service that failed takes it again. Progress "
                    + "is committed in consumer group ow-dlq-replay once the broker acknowledged every record; the "
                    + "services apply an event id once, so a second replay changes nothing."})
    static final class Replay implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--topic", required = true, paramLabel = "<dead-letter topic>", completionCandidates = DeadLetterTopics.class,
                description = "onewindow.<service>.dlq.v1, one of: ${COMPLETION-CANDIDATES}.")
        String topic;
        @Option(names = "--dry-run", description = "Only print what would be replayed; send and commit nothing.")
        boolean dryRun;
        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() throws Exception {
            new DeadLetters(kafka.access(), spec.commandLine().getOut()).replay(topic, dryRun);
            return 0;
        }
    }
}
