package cn.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The problem codes table of the department integration guide (docs/departments.md) names every code the services and
 * the gateway answer with, as their sources write them: a code added without a line in the table is found here.
 */
class ProblemCodesTest {
    static final Path ROOT = Manifests.DEPLOY.getParent();
    static final List<Pattern> CODE_WRITTEN = List.of(
            // new ProblemException(409, "code", …), respond(400, "code", …), super(400, "code", …), ENUM(409, "code", …),
            // and the same with the status in a variable
            Pattern.compile("(?:\\(\\s*[45]\\d\\d|(?:ProblemException|respond)\\(\\s*\\w+)\\s*,\\s*\"([a-z][a-z0-9-]*)\""),
            // ProblemException.conflict("code", …), .invalid(…), .forbidden(…)
            Pattern.compile("ProblemException\\.(?:conflict|invalid|forbidden)\\(\\s*\"([a-z][a-z0-9-]*)\""),
            // a code kept in a constant (PublicRateLimit)
            Pattern.compile("static final String CODE = \"([a-z][a-z0-9-]*)\""));

    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        // every module's main sources (not the servers' data under .local, nor node_modules)
        try (Stream<Path> modules = Files.list(ROOT); Stream<Path> files = modules.map(m -> m.resolve("src/main/java"))
                .filter(Files::isDirectory).flatMap(ProblemCodesTest::walk)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> {
                        String source = read(f);
                        for (Pattern p : CODE_WRITTEN) {
                            Matcher m = p.matcher(source);
                            while (m.find()) {
                                codes.add(m.group(1));
                            }
                        }
                        if (source.contains("ProblemException.notFound(")) {
                            codes.add("not-found");
                        }
                    });
        }
        return codes;
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyProblemCodeIsInTheGuidesTable() throws IOException {
        Set<String> codes = codesInSources();
        assertThat(codes).as("the sources were read").contains("not-found", "already-decided", "rate-limited",
                "malformed-path", "request-refused", "supplement-pending");
        String guide = Files.readString(ROOT.resolve("docs/departments.md"));
        assertThat(codes).allSatisfy(code -> assertThat(guide).as("docs/departments.md names `%s`", code)
                .contains("`" + code + "`"));
    }
}
