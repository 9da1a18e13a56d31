package cn.onewindow.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ow trail verify}: the trail (全程留痕) of a service's database, checked link by link ({@link TrailVerify}). */
@Command(name = "trail", mixinStandardHelpOptions = true, versionProvider = OwVersion.class,
        description = "A service's trail (全程留痕): check that no entry was edited or deleted.",
        subcommands = Trail.Verify.class)
final class Trail {

    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = OwVersion.class, sortOptions = false,
            description = {"Reads the service's trail_entry in chain order and recomputes every link and hash; prints "
                    + "BROKEN <what> for each break, then <url>: <n> entries checked, <n> breaks, <n> not chained yet.",
                    "Exit code 1 when there is a break."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "<service database>", completionCandidates = TrailVerify.Databases.class,
                description = "The service whose database to read: ${COMPLETION-CANDIDATES}.")
        String db;
        @Option(names = "--jdbc", paramLabel = "<url>",
                description = "Its JDBC URL (default: the local run's, jdbc:postgresql://127.0.0.1:$OW_PG_PORT/ow_<db>).")
        String jdbc;
        @Option(names = "--user", paramLabel = "<user>", description = "The database user (default: ow_<db>).")
        String user;
        @Option(names = "--password", paramLabel = "<password>", description = "Its password (default: ow_<db>, the local run's).")
        String password;
        @Option(names = "--password-file", paramLabel = "<file>",
                description = "Read the password from this file instead, e.g. a mounted Secret's key (ow-pod.yaml).")
        Path passwordFile;

        @Override
        public Integer call() throws Exception {
            int breaks = new TrailVerify(spec.commandLine().getOut()).run(jdbc == null ? TrailVerify.localUrl(db) : jdbc,
                    user == null ? "ow_" + db : user, password());
            return breaks > 0 ? 1 : 0;
        }

        private String password() {
            if (passwordFile == null) {
                return password == null ? "ow_" + db : password;
            }
            if (password != null) {
                throw new ParameterException(spec.commandLine(), "give either --password or --password-file, not both");
            }
            try {
                return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read the --password-file " + passwordFile + ": " + e);
            }
        }
    }
}
