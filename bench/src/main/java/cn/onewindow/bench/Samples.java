package cn.onewindow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latency samples by name (milliseconds), and their p50 / p95 / p99 / max. */
public class Samples {
    private final Map<String, ConcurrentLinkedQueue<Double>> byName = new ConcurrentHashMap<>();

    public void add(String name, double millis) {
        byName.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    public record Summary(int count, double p50, double p95, double p99, double max) {
    }

    public Map<String, Summary> summaries() {
        Map<String, Summary> out = new LinkedHashMap<>();
        byName.keySet().stream().sorted().forEach(k -> out.put(k, summary(new ArrayList<>(byName.get(k)))));
        return out;
    }

    /** Nearest-rank percentiles: the p-th percentile is the value at rank ceil(p/100 · n). */
    public static Summary summary(List<Double> values) {
        if (values.isEmpty()) {
            return new Summary(0, 0, 0, 0, 0);
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return new Summary(v.length, rank(v, 50), rank(v, 95), rank(v, 99), v[v.length - 1]);
    }

    static double rank(double[] sorted, double p) {
        int r = (int) Math.ceil(p / 100.0 * sorted.length);
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, r - 1))]);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
