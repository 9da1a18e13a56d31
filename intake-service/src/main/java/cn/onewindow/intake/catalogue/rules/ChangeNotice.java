package cn.onewindow.intake.catalogue.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * How early a department must announce catalogue changes: a new item or a change at least 10 days
 * before it takes effect, a cancellation at least 5 days before (Langfang's rules).
 */
public final class ChangeNotice {
    public static final Duration CHANGE = Duration.ofDays(10);
    public static final Duration CANCELLATION = Duration.ofDays(5);

    private ChangeNotice() {
    }

    public static Instant earliestChange(Instant announcedAt) {
        return announcedAt.plus(CHANGE);
    }

    public static Instant earliestCancellation(Instant announcedAt) {
        return announcedAt.plus(CANCELLATION);
    }
}
