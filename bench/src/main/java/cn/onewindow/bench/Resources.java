package cn.onewindow.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds and memory of every process of the local run, read from /proc: the six services, Kafka,
 * Keycloak and PostgreSQL (the postmaster with all its backends). Memory is PSS, so PostgreSQL's
 * shared buffers are not counted once per backend; the peak is the highest of the samples taken.
 */
public class Resources {
    static final long TICKS = 100; // USER_HZ on Linux
    /** How often the peak memory is sampled during the measured window (and once more at its end). */
    static final int SAMPLE_SECONDS = 15;

    public record Usage(double cpuSeconds, double peakPssMiB, double endPssMiB) {
    }

    private final Map<String, Long> roots = new LinkedHashMap<>();
    private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
    private final Map<String, Double> peak = new LinkedHashMap<>();
    private double machineAtStart;
    /** The whole machine's busy CPU in the report's process table (no memory figure). */
    public static final String MACHINE = "machine (all)";
    public static final String DRIVER = "load driver";
    public static final List<String> SERVICES = List.of("intake-service", "routing-service",
            "approval-service", "issuance-service", "evaluation-service", "gateway");

    public Resources(String home) {
        Path h = Path.of(home).toAbsolutePath().normalize();
        for (String s : SERVICES) {
            pidFrom(h.resolve("run/" + s + ".pid")).ifPresent(p -> roots.put(s, p));
        }
        pidFrom(h.resolve("kafka/kafka.pid")).ifPresent(p -> roots.put("kafka", p));
        pidFrom(h.resolve("keycloak.pid")).ifPresent(p -> roots.put("keycloak", p));
        Path pg = h.resolve("postgres/data/postmaster.pid");
        if (!Files.exists(pg)) {
            pg = Path.of("/var/tmp/onewindow-postgres/" + md5(h.toString()).substring(0, 12) + "/data/postmaster.pid");
        }
        pidFrom(pg).ifPresent(p -> roots.put("postgresql", p));
        // the driver shares the machine with what it measures: its own CPU is what the suite could not use
        roots.put(DRIVER, ProcessHandle.current().pid());
    }

    public void start() {
        machineAtStart = machineBusySeconds();
        Map<Long, Long> parents = parents();
        roots.forEach((name, pid) -> cpuAtStart.put(name, cpu(tree(pid, parents))));
    }

    public void sample() {
        Map<Long, Long> parents = parents();
        roots.forEach((name, pid) -> peak.merge(name, pss(tree(pid, parents)), Math::max));
    }

    /** CPU seconds the whole machine was busy since {@link #start()} (every process, this run's or not). */
    public double machineBusy() {
        return Samples.round(machineBusySeconds() - machineAtStart);
    }

    /** Busy CPU seconds of all cores since boot, from /proc/stat (user, nice, system, irq, softirq, steal). */
    static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy / (double) TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public Map<String, Usage> end() {
        sample();
        Map<Long, Long> parents = parents();
        Map<String, Usage> out = new LinkedHashMap<>();
        roots.forEach((name, pid) -> {
            List<Long> all = tree(pid, parents);
            out.put(name, new Usage(Samples.round(cpu(all) - cpuAtStart.getOrDefault(name, 0.0)),
                    Samples.round(peak.getOrDefault(name, 0.0)), Samples.round(pss(all))));
        });
        out.put(MACHINE, new Usage(machineBusy(), 0, 0));
        return out;
    }

    /**
     * The process and its descendants (PostgreSQL's backends, Keycloak's JVM under its launcher), from one reading of
     * every process's parent (one pass over /proc for all roots).
     */
    static List<Long> tree(long root, Map<Long, Long> parents) {
        List<Long> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.size(); i++) {
            long p = all.get(i);
            parents.forEach((child, par) -> {
                if (par == p && !all.contains(child)) {
                    all.add(child);
                }
            });
        }
        return all;
    }

    /** Every process's parent, by process id. */
    static Map<Long, Long> parents() {
        Map<Long, Long> parent = new LinkedHashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                String[] f = stat(p);
                if (f != null) {
                    parent.put(Long.parseLong(p.getFileName().toString()), Long.parseLong(f[1]));
                }
            });
        } catch (IOException e) {
            return parent;
        }
        return parent;
    }

    /** Fields of /proc/pid/stat after the command name: [0]=state, [1]=ppid, … [11]=utime, [12]=stime. */
    static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static double cpu(List<Long> pids) {
        double total = 0;
        for (long p : pids) {
            String[] f = stat(Path.of("/proc/" + p));
            if (f != null) {
                total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) TICKS;
            }
        }
        return total;
    }

    static double pss(List<Long> pids) {
        double kib = 0;
        for (long p : pids) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + p + "/smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        kib += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between the listing and the read
            }
        }
        return kib / 1024.0;
    }

    private static java.util.Optional<Long> pidFrom(Path file) {
        try {
            return java.util.Optional.of(Long.parseLong(Files.readAllLines(file).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String md5(String s) {
        try {
            return String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
