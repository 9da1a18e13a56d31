package cn.onewindow.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives cases through the running suite — at a fixed arrival rate ({@code --rate N} per second) or
 * as fast as it goes ({@code --rate 0}, {@code --in-flight} cases at a time) — first for a warm-up,
 * then for the measured {@code --duration} (or {@code --cases}); waits for the cases in flight, checks
 * every case in every database, and writes the report ({@code --out}, JSON) with a human summary.
 * Each case makes the journey {@code --journey} names (CaseJourney: full or settled); the pacing, the
 * counting and the report are the same for both. Exit status 0 only when nothing was lost or duplicated
 * and no case failed.
 */
public class LoadDriver {

    public static void main(String[] args) throws Exception {
        Settings s = Settings.parse(args);
        int code;
        try {
            code = new LoadDriver().run(s);
        } catch (Exception | Error e) {
            e.printStackTrace();
            code = 2;
        }
        System.exit(code);
    }

    final ConcurrentLinkedQueue<CaseJourney.Finished> done = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> takenIn = new ConcurrentLinkedQueue<>();
    final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    final AtomicLong notStarted = new AtomicLong();

    public int run(Settings s) throws Exception {
        var pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Samples rest = new Samples();
        Api api = new Api(http, s.gateway(), rest);
        Tokens tokens = new Tokens(http, s.keycloak(), s.tokenRenewal());
        this.tokens = tokens;
        this.api = api;
        Databases db = new Databases(s.pgPort());
        // the journey's watchers running, and everyone who acts in it logged in once, before the clock starts
        CaseJourney journey = switch (s.journey()) {
            case FULL -> Journey.open(api, tokens, db, s.supplementShare(), takenIn);
            case SETTLED -> SettledJourney.open(api, tokens, db, takenIn);
        };
        Resources resources = new Resources(s.home());
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));

        System.out.printf("[bench] run %s, %s journey: %s, warm-up %ds, then %s%n", runId, s.journey(),
                s.rate() > 0 ? s.rate() + " cases/s" : "as fast as possible (" + s.inFlight() + " in flight)",
                s.warmup().toSeconds(), s.cases() > 0 ? s.cases() + " cases" : s.duration().toSeconds() + "s");
        drive(s, journey, runId, false, s.warmup(), 0);
        api.recording(true);
        resources.start();
        var sampler = Executors.newSingleThreadScheduledExecutor();
        // memory moves slowly, and reading a process's smaps_rollup walks its whole address space in the kernel: every
        // 2 s it cost the driver (and so the machine under test) ≈ 0.1 CPU-s per sample (docs/performance.md, session 16)
        sampler.scheduleAtFixedRate(resources::sample, 0, Resources.SAMPLE_SECONDS, TimeUnit.SECONDS);
        Instant measureStart = Instant.now();
        long startedMeasured = drive(s, journey, runId, true, s.duration(), s.cases());
        Instant measureEnd = Instant.now();
        System.out.printf("[bench] %d cases started in the measured window; waiting for those in flight%n", startedMeasured);
        // longer than a journey's own patience (QueueWatcher.PATIENCE, which the database watchers share; Calls'
        // back-offs), so a case that cannot reach its end is reported as a failure with its reason, not as merely
        // "still in flight"
        long drainUntil = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(200);
        }
        Instant drained = Instant.now();
        api.recording(false);
        sampler.shutdownNow();
        var usage = resources.end();
        journey.stop();
        Thread.sleep(3000); // the last events reach the gateway's timeline
        List<CaseJourney.Finished> finished = List.copyOf(done);
        var correctness = journey.check(db, List.copyOf(takenIn), finished);
        this.correctness = correctness;
        var report = Report.of(s, runId, measureStart, measureEnd, drained, startedMeasured, finished, rest,
                api.errors(), failures, notStarted.get(), inFlight.get(), journey.stages(db, finished), correctness, usage);
        report.write(s.out());
        System.out.println(report.summary());
        pool.shutdownNow();
        return correctness.ok() && failures.isEmpty() && inFlight.get() == 0 ? 0 : 1;
    }

    final AtomicLong inFlight = new AtomicLong();
    final AtomicLong sequence = new AtomicLong();
    private volatile Tokens tokens;
    private volatile Correctness.Result correctness;

    /** The check of every case in every database after the run (null before it ends). */
    public Correctness.Result correctness() {
        return correctness;
    }

    private volatile Api api;

    /** Cases started so far (warm-up included): a fault run injects its fault after a number of them. */
    public long started() {
        return sequence.get();
    }

    /** The full journeys the driver took to their end, with the times of each step (what the fault runs drive). */
    public List<Journey.Times> completed() {
        return done.stream().filter(Journey.Times.class::isInstance).map(Journey.Times.class::cast).toList();
    }

    /** The cases the driver saw to their end, whichever the journey. */
    public List<CaseJourney.Finished> finished() {
        return List.copyOf(done);
    }

    /** Every case taken in. */
    public List<String> takenIn() {
        return List.copyOf(takenIn);
    }

    /** Cases the driver gave up on, by reason. */
    public Map<String, Long> failures() {
        Map<String, Long> m = new java.util.TreeMap<>();
        failures.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** Failed calls (transport or 5xx) by call, and when the first and the last happened. */
    public Map<String, Long> callErrors() {
        Map<String, Long> m = new java.util.TreeMap<>();
        api.errors().forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    public Api.ErrorWindow callErrorWindow() {
        return api.errorWindow();
    }

    /** Take-ins resent after a lost answer and answered from their first attempt. */
    public long replayedSubmissions() {
        return api.replayed();
    }

    public long failedTokenRenewals() {
        return tokens.failedRenewals();
    }

    /** Starts cases for {@code length} (or until {@code count} were started); returns how many started. */
    long drive(Settings s, CaseJourney journey, String runId, boolean measured, Duration length, int count) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        long started = 0;
        if (s.rate() > 0) {
            long period = (long) (1e9 / s.rate());
            long next = System.nanoTime();
            while (count > 0 ? started < count : System.nanoTime() < end) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                next += period;
                if (inFlight.get() >= s.maxInFlight()) {
                    notStarted.incrementAndGet();
                    continue;
                }
                start(journey, runId, measured, null);
                started++;
            }
        } else {
            Semaphore slots = new Semaphore(s.inFlight());
            while (count > 0 ? started < count : System.nanoTime() < end) {
                if (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                start(journey, runId, measured, slots);
                started++;
            }
        }
        return started;
    }

    private void start(CaseJourney journey, String runId, boolean measured, Semaphore slot) {
        long n = sequence.incrementAndGet();
        inFlight.incrementAndGet();
        CompletableFuture<? extends CaseJourney.Finished> f;
        try {
            f = journey.start(runId, n, measured);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((t, e) -> {
            if (e != null) {
                String why = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                failures.computeIfAbsent(why.length() > 160 ? why.substring(0, 160) : why, k -> new AtomicLong()).incrementAndGet();
            } else {
                done.add(t);
            }
            inFlight.decrementAndGet();
            if (slot != null) {
                slot.release();
            }
        });
    }

    /** Runs a watcher beside the cases on a thread of its own that does not keep the driver alive. */
    static void daemon(Runnable watcher, String name) {
        Thread t = new Thread(watcher, name);
        t.setDaemon(true);
        t.start();
    }
}
