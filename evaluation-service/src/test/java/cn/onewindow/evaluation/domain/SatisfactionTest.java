package cn.onewindow.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SatisfactionTest {
    @Test
    void ratesAreRankedAndComputedByHand() {
        // AMR: 5, 4, 2 → 2 of 3 satisfied = 66.67 %, average 3.67; TAX: 5, 5 → 100 %, 5.0; PSB: 1 → 0 %, 1 bad
        var rows = Satisfaction.rank(List.of(new Satisfaction.Sample("AMR", 5), new Satisfaction.Sample("TAX", 5),
                new Satisfaction.Sample("AMR", 4), new Satisfaction.Sample("PSB", 1), new Satisfaction.Sample("AMR", 2),
                new Satisfaction.Sample("TAX", 5)));
        assertThat(rows).containsExactly(
                new Satisfaction.Row(1, "TAX", 2, 2, 0, 100.0, 5.0),
                new Satisfaction.Row(2, "AMR", 3, 2, 1, 66.67, 3.67),
                new Satisfaction.Row(3, "PSB", 1, 0, 1, 0.0, 1.0));
    }
}
