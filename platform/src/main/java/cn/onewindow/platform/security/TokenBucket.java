package cn.onewindow.platform.security;

/**
 * One client's allowance: up to {@code capacity} requests at once, refilled at {@code perSecond}. Kept as the
 * token bucket's equivalent in whole nanoseconds (GCRA, the "virtual scheduling" form): the instant by which
 * the bucket is full again, so the arithmetic is exact, with no fractions of a token to round. Time is passed
 * in (as {@link System#nanoTime()} counts it), so it is tested without waiting.
 */
final class TokenBucket {
    /** Nanoseconds one token takes to come back. */
    private final long interval;
    /** How far ahead of now the bucket may be spent: capacity − 1 tokens. */
    private final long tolerance;
    /** When the bucket is full again (the theoretical arrival time of the next request). */
    private long fullAt;

    TokenBucket(double capacity, double perSecond, long now) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a bucket needs a capacity of at least 1 and a positive rate, not "
                    + capacity + " and " + perSecond + "/s");
        }
        this.interval = Math.max(1, Math.round(1e9 / perSecond));
        this.tolerance = (long) (Math.floor(capacity) - 1) * interval;
        this.fullAt = now;
    }

    /** Takes one token: 0 when there was one, else how many nanoseconds until there will be. */
    synchronized long take(long now) {
        long start = Math.max(fullAt, now);
        long ahead = start - now;
        if (ahead > tolerance) {
            return ahead - tolerance;
        }
        fullAt = start + interval;
        return 0;
    }

    /** Full again: a bucket a new client would get, so forgetting this one changes nothing. */
    synchronized boolean isFull(long now) {
        return fullAt <= now;
    }
}
