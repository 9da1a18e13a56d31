package cn.onewindow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The run's figures: throughput, stage and REST latencies, errors, correctness, resource use. */
public record Report(Map<String, Object> settings, String runId, Instant measureStart, Instant measureEnd,
                     double measuredSeconds, long startedInWindow, long completedInWindow, double completedPerSecond,
                     double startedPerSecond, long completedTotal, long notStarted, long stillInFlight,
                     Map<String, Samples.Summary> stages, Map<String, Samples.Summary> rest, Map<String, Long> restErrors,
                     Map<String, Long> failedCases, Correctness.Result correctness, Map<String, Resources.Usage> processes) {

    static Report of(Settings s, String runId, Instant start, Instant end, Instant drained, long started,
                     List<CaseJourney.Finished> done, Samples rest, Map<String, AtomicLong> errors, Map<String, AtomicLong> failures,
                     long notStarted, long inFlight, Map<String, Samples.Summary> stages, Correctness.Result correctness,
                     Map<String, Resources.Usage> usage) {
        double seconds = Duration.between(start, end).toMillis() / 1000.0;
        long completedInWindow = done.stream().filter(t -> t.measured() && !t.ended().isAfter(end)).count();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("journey", s.journey().toString()); // which journey ran: its stages and checks differ
        settings.put("rate", s.rate() > 0 ? s.rate() : "max");
        settings.put("inFlight", s.inFlight());
        settings.put("maxInFlight", s.maxInFlight());
        settings.put("warmupSeconds", s.warmup().toSeconds());
        settings.put("durationSeconds", s.cases() > 0 ? null : s.duration().toSeconds());
        settings.put("cases", s.cases() > 0 ? s.cases() : null);
        if (s.journey() == Settings.JourneyKind.FULL) { // settled cases have no supplement round trip
            settings.put("supplementShare", s.supplementShare());
        }
        settings.put("gateway", s.gateway());
        settings.put("cpus", Runtime.getRuntime().availableProcessors());
        return new Report(settings, runId, start, end, seconds, started, completedInWindow,
                Samples.round(completedInWindow / seconds), Samples.round(started / seconds),
                done.stream().filter(CaseJourney.Finished::measured).count(), notStarted, inFlight, stages, rest.summaries(),
                flatten(errors), flatten(failures), correctness, usage);
    }

    private static Map<String, Long> flatten(Map<String, AtomicLong> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    void write(String file) throws IOException {
        Path p = Path.of(file);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writerWithDefaultPrettyPrinter().writeValue(p.toFile(), this);
    }

    String summary() {
        StringBuilder b = new StringBuilder("\n== OneWindow benchmark, run " + runId + ", " + settings.get("journey") + " journey ("
                + settings + ")\n");
        b.append(String.format("measured %.0f s: %d cases started (%.1f/s), %d completed end to end within the window (%.1f/s); "
                        + "%d measured cases completed in all, %d not started (backlog), %d still in flight%n",
                measuredSeconds, startedInWindow, startedPerSecond, completedInWindow, completedPerSecond, completedTotal,
                notStarted, stillInFlight));
        b.append("\nstage latencies (ms)                                   count      p50      p95      p99      max\n");
        stages.forEach((k, v) -> b.append(line(k, v)));
        b.append("\nREST latencies (ms, through the gateway)\n");
        rest.forEach((k, v) -> b.append(line(k, v)));
        b.append("\nREST errors: ").append(restErrors.isEmpty() ? "none" : restErrors).append('\n');
        b.append("failed cases: ").append(failedCases.isEmpty() ? "none" : failedCases).append('\n');
        b.append(String.format("%ncorrectness over %d cases taken in (%d taken to the end by the driver): lost %d, duplicated %d, checks %s%n",
                correctness.cases(), correctness.completedByDriver(), correctness.lost(), correctness.duplicated(), correctness.checks()));
        b.append("\nprocess            CPU s   peak PSS MiB   end PSS MiB\n");
        processes.forEach((k, v) -> b.append(String.format("%-16s %7.1f %14.0f %13.0f%n", k, v.cpuSeconds(), v.peakPssMiB(), v.endPssMiB())));
        b.append(cpuPerCase());
        return b.toString();
    }

    /** CPU-s per measured case: the six services, every process of the run but the driver, the driver, the machine. */
    String cpuPerCase() {
        if (completedTotal == 0) {
            return "";
        }
        double services = 0, run = 0;
        for (var e : processes.entrySet()) {
            if (Resources.SERVICES.contains(e.getKey())) {
                services += e.getValue().cpuSeconds();
            }
            if (!e.getKey().equals(Resources.DRIVER) && !e.getKey().equals(Resources.MACHINE)) {
                run += e.getValue().cpuSeconds();
            }
        }
        double n = completedTotal;
        return String.format("CPU-s per case: services %.4f, all processes of the suite %.4f, load driver %.4f, machine %.4f%n",
                services / n, run / n, cpu(Resources.DRIVER) / n, cpu(Resources.MACHINE) / n);
    }

    private double cpu(String process) {
        var u = processes.get(process);
        return u == null ? 0 : u.cpuSeconds();
    }

    private static String line(String name, Samples.Summary v) {
        return String.format("%-52s %7d %8.1f %8.1f %8.1f %8.1f%n", name, v.count(), v.p50(), v.p95(), v.p99(), v.max());
    }
}
