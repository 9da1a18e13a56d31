package cn.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Percentiles by nearest rank, checked against values counted by hand. */
class SamplesTest {
    @Test
    void percentilesOfOneToAHundredAreTheRanks() {
        List<Double> v = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            v.add((double) i);
        }
        Collections.shuffle(v);
        var s = Samples.summary(v);
        assertThat(s.count()).isEqualTo(100);
        assertThat(s.p50()).isEqualTo(50.0);
        assertThat(s.p95()).isEqualTo(95.0);
        assertThat(s.p99()).isEqualTo(99.0);
        assertThat(s.max()).isEqualTo(100.0);
    }

    @Test
    void aSingleSlowCallIsThePercentileOnlyWhenItIsWithinTheRank() {
        List<Double> v = new ArrayList<>(Collections.nCopies(199, 10.0));
        v.add(900.0);
        var s = Samples.summary(v);
        assertThat(s.p99()).isEqualTo(10.0); // rank 198 of 200
        assertThat(s.max()).isEqualTo(900.0);
        assertThat(Samples.summary(List.of()).count()).isZero();
    }
}
