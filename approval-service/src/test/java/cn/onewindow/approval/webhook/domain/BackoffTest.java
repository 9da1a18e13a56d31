package cn.onewindow.approval.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

/** The waits between attempts at a failing receiver: doubling from the first, never beyond the cap. */
class BackoffTest {
    static final Backoff HALL = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

    @ParameterizedTest(name = "after {0} failures: {1} s")
    @CsvSource({"1, 5", "2, 10", "3, 20", "4, 40", "5, 80", "10, 2560", "11, 3600", "12, 3600", "1000, 3600"})
    void doublesFromTheFirstWaitUpToTheCap(int failures, long seconds) {
        assertThat(HALL.after(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void aCapBetweenTwoDoublingsIsKeptExactly() {
        var b = new Backoff(Duration.ofSeconds(3), Duration.ofSeconds(10));
        assertThat(b.after(2)).isEqualTo(Duration.ofSeconds(6));
        assertThat(b.after(3)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> HALL.after(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
