package cn.onewindow.ops;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ow events tail|lag}: the event streams as they are. */
@Command(name = "events", mixinStandardHelpOptions = true, versionProvider = OwVersion.class,
        description = "Read the event streams: one case's events across the topics, the consumer groups' lag.",
        subcommands = {Events.Tail.class, Events.Lag.class})
final class Events {

    @Command(name = "tail", mixinStandardHelpOptions = true, versionProvider = OwVersion.class, sortOptions = false,
            description = {"Every event of one case across the case topics, in the order they happened (only the "
                    + "case's partition of each topic is read: every topic is keyed by case number).",
                    "One line per event: time, topic[partition]@offset, ce_type, ce_source; then -- <n> events of case <id>."})
    static final class Tail implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--case", required = true, paramLabel = "<case id>", description = "The case number (the topics' key).")
        String caseId;
        @Option(names = "--headers", description = "Print every header of each event under its line.")
        boolean headers;
        @Option(names = "--data", description = "Print each event's value (its JSON) under its line.")
        boolean data;
        @Option(names = "--follow", description = "Keep waiting for the case's new events (Ctrl-C to stop).")
        boolean follow;
        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() {
            new CaseTail(kafka.access(), spec.commandLine().getOut()).run(caseId, headers, data, follow);
            return 0;
        }
    }

    @Command(name = "lag", mixinStandardHelpOptions = true, versionProvider = OwVersion.class, sortOptions = false,
            description = {"Per consumer group and partition: the committed offset, the end offset and the lag, "
                    + "with each group's total on a line (all).",
                    "Columns: GROUP TOPIC PARTITION COMMITTED END LAG."})
    static final class Lag implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--group", paramLabel = "<consumer group>",
                description = "Only this group (default: every group that keeps offsets, e.g. routing-service).")
        String group;
        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() throws Exception {
            new ConsumerLag(kafka.access(), spec.commandLine().getOut()).run(group);
            return 0;
        }
    }
}
