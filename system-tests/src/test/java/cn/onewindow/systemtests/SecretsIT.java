package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * No secret has a usable default (#20, item 2), shown on the real artefacts: the local run this test
 * suite runs on was started with secrets it generated itself (private to the user, none of them a value
 * published in the repository), and the evaluation service's jar — a production start, no dev or test
 * profile — refuses to start without its rating keys and with the repository's old default.
 */
class SecretsIT {
    static final Path JAR = Suite.ROOT.resolve("evaluation-service/target/quarkus-app/quarkus-run.jar");

    @Test
    void theLocalRunStartedWithSecretsItGeneratedItself() throws IOException {
        Path file = Suite.home().resolve("secrets.env");
        assertThat(file).as("written by deploy/local/env.sh at the profile's first start").exists();
        assertThat(Files.getPosixFilePermissions(file)).as("readable by its owner only")
                .doesNotContain(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            secrets.load(in);
        }
        for (String name : List.of("OW_INTAKE_CLIENT_SECRET", "OW_GATEWAY_CLIENT_SECRET", "OW_RATING_KEYS", "OW_DOCUMENT_KEYS",
                "OW_APPLICANT_REF_KEY")) {
            String value = secrets.getProperty(name, "");
            String secret = value.contains(":") ? value.substring(value.indexOf(':') + 1) : value;
            assertThat(secret).as(name).matches("[0-9a-f]{64}");
            assertThat(value).as(name).doesNotContain("change-me").doesNotContain("secret");
        }
        // and the services run with them: the one this suite's services got is the file's
        assertThat(System.getenv("OW_RATING_KEYS")).as("test.sh exports the file").isEqualTo(secrets.getProperty("OW_RATING_KEYS"));
    }

    @Test
    void aProductionStartWithoutRatingKeysIsRefusedAndSaysWhatToSet() throws Exception {
        var run = startEvaluation(null);
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("OW_RATING_KEYS").contains("is not set");
    }

    @Test
    void aProductionStartWithTheRepositorysOldDefaultIsRefused() throws Exception {
        var run = startEvaluation("k1:local-demo-rating-secret-change-me");
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("OW_RATING_KEYS").contains("refused").doesNotContain("local-demo-rating-secret-change-me");
    }

    record Run(int exit, String output) {
    }

    /**
     * The evaluation service's jar as production runs it (no profile), on a port of its own, until it stops or 90 s.
     * Its output goes to a file, not a pipe: a pipe nobody reads while the process runs fills at 64 KB and stops
     * the process in its next write, which looked like a start that never ended.
     */
    static Run startEvaluation(String ratingKeys) throws Exception {
        assertThat(JAR).as("built by the package phase").exists();
        Path log = Files.createTempFile("evaluation-start", ".log");
        var pb = new ProcessBuilder(javaBin(), "-Xmx128m", "-jar", JAR.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.remove("OW_RATING_KEYS");
        if (ratingKeys != null) {
            env.put("OW_RATING_KEYS", ratingKeys);
        }
        env.put("OW_EVALUATION_PORT", "0");
        env.put("OW_LOG_JSON", "false");
        Process p = pb.start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Run(0, "still running after 90 s:\n" + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
