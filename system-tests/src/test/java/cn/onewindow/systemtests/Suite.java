package cn.onewindow.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The running suite under test: real servers of the "test" profile, and the services as separate
 * processes started by deploy/local/suite.sh (the same script the README's start command uses).
 * Started once per test JVM; stopped by the test script after the run.
 */
public final class Suite {
    public static final Path ROOT = Path.of(env("OW_ROOT", "..")).toAbsolutePath().normalize();
    public static final int OFFSET = "test".equals(env("OW_PROFILE", "demo")) ? 10_000 : 0;
    public static final int PG = Integer.parseInt(env("OW_PG_PORT", String.valueOf(15432 + OFFSET)));
    public static final int KAFKA = Integer.parseInt(env("OW_KAFKA_PORT", String.valueOf(19092 + OFFSET)));
    public static final int KEYCLOAK = Integer.parseInt(env("OW_KC_PORT", String.valueOf(18180 + OFFSET)));
    public static final Map<String, Integer> PORTS = Map.of(
            "gateway", 8080 + OFFSET, "intake-service", 8081 + OFFSET, "routing-service", 8082 + OFFSET,
            "approval-service", 8083 + OFFSET, "issuance-service", 8084 + OFFSET, "evaluation-service", 8085 + OFFSET);
    private static boolean started;

    private Suite() {
    }

    public static synchronized void start() {
        if (!started) {
            script("suite.sh", "start");
            started = true;
        }
    }

    public static String gateway() {
        return "http://127.0.0.1:" + PORTS.get("gateway");
    }

    public static String service(String name) {
        return "http://127.0.0.1:" + PORTS.get(name);
    }

    /** kill -9 of one service process, as a crash. */
    public static void kill9(String service) throws IOException, InterruptedException {
        Path pidFile = home().resolve("run").resolve(service + ".pid");
        String pid = Files.readString(pidFile).trim();
        Process p = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
        p.waitFor(10, TimeUnit.SECONDS);
        // polled, not onExit(): on Java 25 a non-child's onExit completes through the common fork-join pool, whose one
        // worker on 2 cores a test may hold (FaultRunsIT's load driver did: the kill "timed out" with the process gone)
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException(service + " (pid " + pid + ") still there 30 s after kill -9");
            }
            Thread.sleep(100);
        }
    }

    public static void restart(String service) {
        script("suite.sh", "restart", service);
    }

    /** One of servers.sh's commands on the test servers (the fault runs: kafka-stop, keycloak-pause, …). */
    public static void servers(String command) {
        script("servers.sh", command);
    }

    public static Path home() {
        return ROOT.resolve(".local").resolve(OFFSET == 0 ? "demo" : "test");
    }

    public static Connection db(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG + "/ow_" + name, "ow_" + name, "ow_" + name);
    }

    static void script(String name, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("bash");
        cmd.add(ROOT.resolve("deploy/local").resolve(name).toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).inheritIO().start();
            if (!p.waitFor(Duration.ofMinutes(8).toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a script printed and how it ended. */
    public record Run(int exit, String output) {
    }

    /** Runs a deploy/local script (in the test profile's environment) and captures its output and exit code. */
    public static Run capture(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local").resolve(name).toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", cmd) + " did not finish");
            }
            return new Run(p.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
