package cn.onewindow.approval.webhook.domain;

import java.time.Duration;

/**
 * How long a failing receiver is left alone before the next attempt: the first wait is {@code first}, each further
 * failure doubles it, and it never exceeds {@code cap} — a receiver that is down for a day is tried about once per
 * cap, not thousands of times, and one that was down for a minute is tried again within seconds.
 */
public record Backoff(Duration first, Duration cap) {
    public Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= cap, got " + first + " and " + cap);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures count from 1, got " + failures);
        }
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
