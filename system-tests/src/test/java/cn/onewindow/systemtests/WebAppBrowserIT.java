package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff web app in a real browser: runs the Playwright scenario (gateway/src/main/webapp/e2e,
 * Debian's headless Chromium) against the running suite. The scenario asserts each step itself; this
 * test starts it, fails when it fails, and checks that every workspace was photographed into
 * {@code system-tests/target/screenshots} (kept by CI as the test's artifact).
 */
class WebAppBrowserIT {
    static final Path WEBAPP = Suite.ROOT.resolve("gateway/src/main/webapp");
    static final Path SHOTS = Suite.ROOT.resolve("system-tests/target/screenshots");
    static final List<String> WORKSPACES = List.of("window-clerk", "window-clerk-checklist", "department-reviewer",
            "issuance-clerk", "applicant-rating", "supervisor-dashboard", "calling-screen", "case-timeline",
            "material-runner", "hall-admin-catalogue", "hall-admin-delegations", "window-clerk-english",
            // #23 (e2e/online.test.mjs): the applicant's page on a phone and the pre-review post's workspace
            "applicant-guide", "applicant-guide-item", "applicant-pre-review", "pre-reviewer", "pre-reviewer-answered",
            "applicant-pre-review-notice", "applicant-cases",
            // #24 (e2e/desks.test.mjs): the help desk, the enquiry desk and the sign-off desk
            "helper-desk", "enquiry-desk", "sign-off-desk");

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void aHallDayInChromiumFollowsTheCaseLiveAndPhotographsEveryWorkspace() throws IOException, InterruptedException {
        assertThat(WEBAPP.resolve("node_modules/playwright-core")).as("the gateway's build installed the web app's packages").exists();
        deleteShots();
        var pb = new ProcessBuilder("node", "--test", "--test-concurrency=1", "e2e/");
        pb.directory(WEBAPP.toFile()).redirectErrorStream(true);
        pb.environment().put("OW_GATEWAY", Suite.gateway());
        pb.environment().put("OW_SCREENSHOTS", SHOTS.toString());
        // where the suite's issuance service delivers the applicants' notices: the applicant's rating link is read there
        String mailbox = System.getenv("OW_MAILBOX_DIR");
        pb.environment().put("OW_MAILBOX", mailbox == null || mailbox.isBlank() ? Suite.home().resolve("mailbox").toString() : mailbox);
        Process run = pb.start();
        // the scenario's report (each step passed or failed, where and why) goes into this test's output:
        // inherited, it bypassed failsafe's capture and most of it never reached CI's log
        Thread echo = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                lines.lines().forEach(l -> System.out.println("[browser] " + l));
            } catch (IOException e) {
                System.out.println("[browser] output lost: " + e);
            }
        }, "browser-output");
        echo.start();
        boolean ended = run.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        echo.join(10_000);
        assertThat(ended).as("the browser scenario ends within 10 minutes").isTrue();
        assertThat(run.exitValue()).as("the browser scenario passes (its output is above)").isZero();
        for (String w : WORKSPACES) {
            Path shot = SHOTS.resolve(w + ".png");
            assertThat(shot).as("screenshot of " + w).exists();
            assertThat(Files.size(shot)).as("a real image of " + w).isGreaterThan(5_000);
        }
    }

    private static void deleteShots() throws IOException {
        if (Files.isDirectory(SHOTS)) {
            try (Stream<Path> files = Files.list(SHOTS)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
