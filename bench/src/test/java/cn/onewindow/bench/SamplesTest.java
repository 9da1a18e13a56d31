package cn.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Percentiles by nearest rank, checked against values counted by hand. The histogram keeps 3 significant digits and
 * reports the top of a percentile's bucket: a figure is the exact one or at most 0.1 % above it (plus the report's
 * rounding to 0.1 ms).
 */
class SamplesTest {
    static final String NAME = "intake call";

    @Test
    void percentilesOfOneToAThousandMillisecondsAreTheirRanks() {
        var s = summary(shuffled(1, 1000));
        assertThat(s.count()).isEqualTo(1000);
        assertWithinPrecision(s.p50(), 500); // rank 500 of 1,000
        assertWithinPrecision(s.p95(), 950);
        assertWithinPrecision(s.p99(), 990);
        assertWithinPrecision(s.max(), 1000);
    }

    @Test
    void percentilesOfOneToAHundredAreTheRanks() {
        var s = summary(shuffled(1, 100));
        assertThat(s.count()).isEqualTo(100);
        // below 100 ms a bucket is at most 64 µs wide: the figures come out exact at 0.1 ms
        assertThat(s.p50()).isEqualTo(50.0);
        assertThat(s.p95()).isEqualTo(95.0);
        assertThat(s.p99()).isEqualTo(99.0);
        assertThat(s.max()).isEqualTo(100.0);
    }

    @Test
    void aSingleSlowCallIsThePercentileOnlyWhenItIsWithinTheRank() {
        List<Double> v = new ArrayList<>(Collections.nCopies(199, 10.0));
        v.add(900.0);
        var s = summary(v);
        assertThat(s.p99()).isEqualTo(10.0); // rank 198 of 200
        assertWithinPrecision(s.max(), 900);
        assertThat(new Samples().summaries()).isEmpty();
    }

    @Test
    void fractionsOfAMillisecondAndTheEndsOfTheRangeAreKept() {
        var s = summary(List.of(0.25, 0.25, 0.25, -0.002, 7_200_000.0));
        assertThat(s.p50()).isEqualTo(0.3); // 250 µs, rounded to the report's 0.1 ms
        // a negative span (clocks a microsecond apart) counts as zero, one beyond the range as its top: never a crash
        assertThat(Samples.micros(-0.002)).isZero();
        assertThat(Samples.micros(7_200_000.0)).isEqualTo(Samples.HIGHEST_MICROS);
        assertWithinPrecision(s.max(), 3_600_000);
    }

    @Test
    void samplesRecordedFromManyThreadsAreAllCounted() throws InterruptedException {
        Samples samples = new Samples();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 1; i <= 1000; i++) {
                    samples.add(NAME, i);
                    samples.add("other", 5);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        var all = samples.summaries();
        assertThat(all.keySet()).containsExactly(NAME, "other"); // sorted by name, as the report prints them
        assertThat(all.get(NAME).count()).isEqualTo(4000);
        assertWithinPrecision(all.get(NAME).p50(), 500);
        assertThat(all.get("other").p99()).isEqualTo(5.0);
    }

    /** The summary the driver reports for these samples: through {@link Samples#add}, as the driver records them. */
    private static Samples.Summary summary(List<Double> millis) {
        Samples samples = new Samples();
        millis.forEach(m -> samples.add(NAME, m));
        return samples.summaries().get(NAME);
    }

    private static List<Double> shuffled(int from, int to) {
        List<Double> v = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            v.add((double) i);
        }
        Collections.shuffle(v, new Random(25));
        return v;
    }

    /** The exact value, or above it by no more than the histogram's 0.1 % and the report's rounding to 0.1 ms. */
    private static void assertWithinPrecision(double reported, double exact) {
        assertThat(reported).isGreaterThanOrEqualTo(exact).isCloseTo(exact, within(exact / 1000 + 0.05));
    }
}
