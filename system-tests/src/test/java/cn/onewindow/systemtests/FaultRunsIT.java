package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.onewindow.bench.Journey;
import cn.onewindow.bench.LoadDriver;
import cn.onewindow.bench.Settings;
import cn.onewindow.contracts.Topics;

/**
 * The fault runs (#10): while the load driver pushes cases through every service — clerks taking
 * files in, the AMR department's system deciding them (a tenth after a supplement round trip), the
 * issuance window handing licences out, applicants rating — one fault at a time: kill -9 of each
 * service and its restart, the Kafka broker stopped and started, PostgreSQL crashed and recovered at
 * once and crashed and kept down for a minute, Keycloak frozen for a minute. After each, every case started must have reached its end once: none
 * lost, none duplicated (one case per submission, one licence, one notice, one rating, one timeline
 * entry per event), every clock recomputed right, no dead letter. The figures per fault go to the
 * output and to {@code target/faults/report.txt}.
 *
 * <p>CI runs the small size (3 cases/s for 40 s around each fault). {@code -Dow.faults.size=full}
 * runs 5 cases/s for three minutes per fault, as docs/faults.md reports; {@code -Dow.faults.only=kafka}
 * runs one fault ({@code kill} every kill, {@code postgres,outage-postgres} two).
 */
class FaultRunsIT {
    static final boolean FULL = "full".equals(System.getProperty("ow.faults.size"));
    static final double RATE = FULL ? 5 : 3;
    /** Cases start for this long; the fault comes {@link #BEFORE_FAULT} in. */
    static final Duration RUN = FULL ? Duration.ofMinutes(3) : Duration.ofSeconds(40);
    static final Duration BEFORE_FAULT = FULL ? Duration.ofSeconds(30) : Duration.ofSeconds(8);
    static final Duration KAFKA_DOWN = FULL ? Duration.ofSeconds(60) : Duration.ofSeconds(20);
    static final Duration KEYCLOAK_FROZEN = Duration.ofSeconds(60);
    /** Longer than any retry limit and than SmallRye's 60 s unacknowledged-record check (issue #18). */
    static final Duration POSTGRES_DOWN = Duration.ofSeconds(60);
    static final List<String> DLQ_TOPICS = List.of(Topics.deadLetters("intake"), Topics.deadLetters("routing"),
            Topics.deadLetters("approval"), Topics.deadLetters("issuance"), Topics.deadLetters("evaluation"), Topics.deadLetters("gateway"));
    static final Path REPORT = Suite.ROOT.resolve("system-tests/target/faults/report.txt");

    /** A fault: what breaks, how long it is held, how it is healed. */
    record Fault(String name, String description, Duration runFor, String tokenRenewal, Breaker breaker) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Breaker {
        /** Breaks, holds and heals; returns when the system is whole again. */
        void breakAndHeal() throws Exception;
    }

    static Stream<Fault> faults() {
        String only = System.getProperty("ow.faults.only", "");
        Stream<Fault> kills = Stream.of("gateway", "intake-service", "routing-service", "approval-service", "issuance-service",
                "evaluation-service").map(s -> new Fault("kill-" + s, "kill -9 " + s + ", then start it again", RUN, "0", () -> {
                    Suite.kill9(s);
                    Suite.restart(s);
                }));
        Stream<Fault> servers = Stream.of(
                new Fault("kafka", "Kafka broker stopped for " + KAFKA_DOWN.toSeconds() + " s, then started", RUN.plus(KAFKA_DOWN),
                        "0", () -> {
                            Suite.servers("kafka-stop");
                            Thread.sleep(KAFKA_DOWN.toMillis());
                            Suite.servers("kafka-start");
                        }),
                new Fault("postgres", "PostgreSQL crashed (immediate shutdown) and started again (recovery from the WAL)", RUN, "0",
                        () -> Suite.servers("postgres-crash-restart")),
                // an outage, not a blip: every consumer meets it mid-record and must wait it out, not dead-letter
                new Fault("outage-postgres", "PostgreSQL crashed (immediate shutdown), down for " + POSTGRES_DOWN.toSeconds()
                        + " s, then started again", RUN.plus(POSTGRES_DOWN), "0", () -> {
                            Suite.servers("postgres-crash");
                            Thread.sleep(POSTGRES_DOWN.toMillis());
                            Suite.servers("postgres-start");
                        }),
                // clients renew their tokens every 10 s in this run, so they meet the frozen Keycloak
                new Fault("keycloak", "Keycloak frozen (SIGSTOP) for " + KEYCLOAK_FROZEN.toSeconds() + " s, then resumed",
                        RUN.plus(KEYCLOAK_FROZEN), "10", FaultRunsIT::freezeKeycloak));
        // -Dow.faults.only=postgres runs that fault alone; kill runs every kill-…; a comma separates several
        List<String> chosen = List.of(only.split(","));
        // -Dow.faults.repeat=10: each chosen fault ten times in a row (one suite start), named postgres#1 … #10
        int repeat = Integer.getInteger("ow.faults.repeat", 1);
        return Stream.concat(kills, servers).filter(f -> only.isEmpty()
                        || chosen.stream().anyMatch(c -> f.name().equals(c) || f.name().startsWith(c + "-")))
                .flatMap(f -> repeat == 1 ? Stream.of(f) : java.util.stream.IntStream.rangeClosed(1, repeat)
                        .mapToObj(i -> new Fault(f.name() + "#" + i, f.description(), f.runFor(), f.tokenRenewal(), f.breaker())));
    }

    @BeforeAll
    static void suite() throws IOException {
        Suite.start();
        Files.createDirectories(REPORT.getParent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void everyCaseReachesItsEndOnceWhateverBreaks(Fault fault) throws Exception {
        Map<String, Integer> deadLetters = deadLetterCounts();
        LoadDriver driver = new LoadDriver();
        Path out = REPORT.resolveSibling(fault.name() + ".json");
        Settings settings = Settings.parse(new String[] {
                "--gateway", Suite.gateway(), "--keycloak", "http://127.0.0.1:" + Suite.KEYCLOAK,
                "--pg-port", String.valueOf(Suite.PG), "--home", Suite.ROOT.resolve(".local/test").toString(),
                "--rate", String.valueOf(RATE), "--warmup", "0", "--duration", fault.runFor().toSeconds() + "s",
                "--supplement-share", "0.1", "--token-renewal", fault.tokenRenewal(), "--out", out.toString()});
        // on a thread of its own: the driver blocks for minutes, and the common pool (one worker on 2 cores) must stay
        // free for the JDK's own completions (a killed process's onExit, CompletableFuture timeouts)
        ExecutorService driverThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "load-driver-" + fault.name());
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.run(settings);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, driverThread);
        driverThread.shutdown();

        long beforeFault = (long) (RATE * BEFORE_FAULT.toSeconds());
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (driver.started() < beforeFault && System.nanoTime() < until && !run.isDone()) {
            Thread.sleep(100);
        }
        assertThat(driver.started()).as("cases under way when the fault comes").isGreaterThanOrEqualTo(beforeFault);
        Instant broken = Instant.now();
        fault.breaker().breakAndHeal();
        Instant healed = Instant.now();

        int code = run.get(12, TimeUnit.MINUTES);
        var correctness = driver.correctness();
        List<Journey.Times> completed = driver.completed();
        // recovered: every case started before the system was whole again has reached its end
        Instant lastOfThoseDone = completed.stream().filter(t -> t.started().isBefore(healed)).map(Journey.Times::rated)
                .max(Instant::compareTo).orElse(healed);
        double recovery = Duration.between(broken, lastOfThoseDone).toMillis() / 1000.0;
        var window = driver.callErrorWindow();
        long callErrors = driver.callErrors().values().stream().mapToLong(Long::longValue).sum();
        Map<String, Integer> newDeadLetters = delta(deadLetters, deadLetterCounts());

        String line = String.format("FAULT %-28s sent %4d, completed %4d, lost %d, duplicated %d, wrong clocks %d, dead letters %d; "
                        + "fault held %5.1f s, recovered %5.1f s after it began; failed calls %d%s; resent take-ins answered once %d; "
                        + "token renewals unanswered %d",
                fault.name(), driver.started(), completed.size(), correctness.lost(), correctness.duplicated(),
                correctness.checks().getOrDefault("clock not from acceptance or deadline not the calendar's", -1L),
                newDeadLetters.values().stream().mapToInt(Integer::intValue).sum(),
                Duration.between(broken, healed).toMillis() / 1000.0, recovery, callErrors,
                window == null ? "" : String.format(" (from %+.1f s to %+.1f s)",
                        Duration.between(broken, window.first()).toMillis() / 1000.0,
                        Duration.between(broken, window.last()).toMillis() / 1000.0),
                driver.replayedSubmissions(), driver.failedTokenRenewals());
        System.out.println(line + "\n      " + fault.description() + "; failed calls by call: " + driver.callErrors());
        Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        assertThat(driver.failures()).as("cases the driver could not take to their end").isEmpty();
        assertThat(completed).as("every case started was completed").hasSize((int) driver.started());
        assertThat(driver.takenIn()).as("one case per submission").hasSize((int) driver.started()).doesNotHaveDuplicates();
        assertThat(correctness.lost()).as("lost").isZero();
        assertThat(correctness.duplicated()).as("duplicated").isZero();
        assertThat(correctness.checks()).as("every check of every case").allSatisfy((check, n) -> assertThat(n).as(check).isZero());
        assertThat(newDeadLetters).as("dead letters during the run").allSatisfy((topic, n) -> assertThat(n).as(topic).isZero());
        assertThat(code).as("the driver's own verdict").isZero();
    }

    /**
     * Freezes Keycloak for a minute: a staff login then gets no answer; the cases go on with the tokens held.
     * The login is a supervisor's, whom the driver never logs in: on resume Keycloak works off every request
     * queued during the freeze at once, and its brute-force protection may then lock a user the driver renews
     * for a while (seen once in CI for clerk1; the driver kept its valid token) — a separate matter from
     * whether Keycloak answers again.
     */
    static void freezeKeycloak() throws Exception {
        Suite.servers("keycloak-pause");
        try {
            Thread.sleep(5_000);
            assertThat(login(Duration.ofSeconds(3))).as("a login while Keycloak is frozen").isEqualTo(-1);
            Thread.sleep(KEYCLOAK_FROZEN.minusSeconds(8).toMillis());
        } finally {
            Suite.servers("keycloak-resume");
        }
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int after = login(Duration.ofSeconds(5));
        while (after != 200 && System.nanoTime() < until) {
            Thread.sleep(500);
            after = login(Duration.ofSeconds(5));
        }
        assertThat(after).as("a login after Keycloak is back").isEqualTo(200);
    }

    /** A supervisor's login: the status, or -1 when Keycloak did not answer in time. */
    static int login(Duration timeout) throws InterruptedException {
        try {
            var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Suite.KEYCLOAK
                                    + "/realms/onewindow/protocol/openid-connect/token")).timeout(timeout)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=onewindow-cli&username=supervisor1&password=onewindow"))
                            .build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static Map<String, Integer> deadLetterCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        DLQ_TOPICS.forEach(t -> m.put(t, TopicReader.records(t).size()));
        return m;
    }

    static Map<String, Integer> delta(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> m = new LinkedHashMap<>();
        after.forEach((k, v) -> m.put(k, v - before.getOrDefault(k, 0)));
        return m;
    }
}
