package cn.onewindow.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Latency samples by name, in milliseconds, and their p50 / p95 / p99 / max — kept in an HdrHistogram per name
 * instead of every sample: memory stays fixed however long the run, and recording from the HTTP client's threads
 * takes no lock.
 * <p>
 * Range and precision: 1 µs to 1 hour at 3 significant digits, so a figure is at most 0.1 % above the exact sample
 * (HdrHistogram reports the top of the bucket a percentile falls in: 1,000 ms may read 1,000.4). A latency
 * above an hour is counted as an hour, one below zero (two clocks a microsecond apart) as zero.
 */
public class Samples {
    static final long LOWEST_MICROS = 1;
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);
    static final int SIGNIFICANT_DIGITS = 3;

    private final Map<String, ConcurrentHistogram> byName = new ConcurrentHashMap<>();

    public void add(String name, double millis) {
        byName.computeIfAbsent(name, k -> new ConcurrentHistogram(LOWEST_MICROS, HIGHEST_MICROS, SIGNIFICANT_DIGITS))
                .recordValue(micros(millis));
    }

    public record Summary(int count, double p50, double p95, double p99, double max) {
    }

    /** Read once the recording has stopped (a histogram read while it is being written may be off by the latest few). */
    public Map<String, Summary> summaries() {
        Map<String, Summary> out = new LinkedHashMap<>();
        byName.keySet().stream().sorted().forEach(k -> out.put(k, summary(byName.get(k))));
        return out;
    }

    /**
     * Nearest-rank percentiles: the p-th percentile is the sample at rank ceil(p/100 · n), as HdrHistogram's
     * {@link AbstractHistogram#getValueAtPercentile} counts it, within the histogram's precision.
     */
    static Summary summary(AbstractHistogram h) {
        if (h.getTotalCount() == 0) {
            return new Summary(0, 0, 0, 0, 0);
        }
        return new Summary(Math.toIntExact(h.getTotalCount()), millis(h.getValueAtPercentile(50)), millis(h.getValueAtPercentile(95)),
                millis(h.getValueAtPercentile(99)), millis(h.getMaxValue()));
    }

    static long micros(double millis) {
        return Math.clamp(Math.round(millis * 1000), 0, HIGHEST_MICROS);
    }

    private static double millis(long micros) {
        return round(micros / 1000.0);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
