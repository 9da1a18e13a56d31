package cn.onewindow.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The arithmetic of the handling-time figures, on samples worked out by hand. */
class HandlingTimesTest {
    @Test
    void theLimitItselfIsOnTimeAndADayMoreIsLate() {
        assertThat(HandlingTimes.onTime(new HandlingTimes.Sample("x", 5, 5))).isTrue();
        assertThat(HandlingTimes.onTime(new HandlingTimes.Sample("x", 5, 6))).isFalse();
    }

    @Test
    void averagesRatesAndTheHalfTargetPerGroup() {
        var rows = HandlingTimes.rows(List.of(new HandlingTimes.Sample("B", 4, 2), new HandlingTimes.Sample("A", 3, 1),
                new HandlingTimes.Sample("A", 3, 4), new HandlingTimes.Sample("A", 3, 0)));
        // A: 2 of 3 on time; promised 9, actual 5 → 55.56 %, more than half; B: 2 of 4 days, exactly half → met
        assertThat(rows).containsExactly(
                new HandlingTimes.Row("A", 3, 2, 66.67, 3.0, 1.67, 55.56, false),
                new HandlingTimes.Row("B", 1, 1, 100.0, 4.0, 2.0, 50.0, true));
    }

    @Test
    void immediateItemsHaveNoShareOfAPromiseButMeetTheTargetWhenSettledTheSameDay() {
        assertThat(HandlingTimes.rows(List.of(new HandlingTimes.Sample("I", 0, 0))))
                .containsExactly(new HandlingTimes.Row("I", 1, 1, 100.0, 0.0, 0.0, null, true));
        assertThat(HandlingTimes.rows(List.of(new HandlingTimes.Sample("I", 0, 1))))
                .containsExactly(new HandlingTimes.Row("I", 1, 0, 0.0, 0.0, 1.0, null, false));
    }
}
