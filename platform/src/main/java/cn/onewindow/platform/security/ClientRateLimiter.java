package cn.onewindow.platform.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link TokenBucket} per client address. Memory stays bounded however many addresses call: a bucket full
 * again is forgotten (a new one would be the same), at most once a minute; and once {@code maxClients}
 * addresses are tracked, further new ones share one bucket — under a flood of made-up addresses the
 * newcomers are throttled together while the clients already known keep their own allowance.
 */
final class ClientRateLimiter {
    static final long SWEEP_EVERY = TimeUnit.MINUTES.toNanos(1);

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final double burst;
    private final double perSecond;
    private final int maxClients;
    private final TokenBucket overflow;
    private final AtomicLong lastSweep;

    ClientRateLimiter(double perSecond, double burst, int maxClients, long now) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxClients = maxClients;
        this.overflow = new TokenBucket(burst, perSecond, now);
        this.lastSweep = new AtomicLong(now);
    }

    /** One request of {@code client}: 0 when it may go on, else the nanoseconds until it could. */
    long acquire(String client, long now) {
        sweepIfDue(now);
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            bucket = buckets.size() >= maxClients ? overflow
                    : buckets.computeIfAbsent(client, c -> new TokenBucket(burst, perSecond, now));
        }
        return bucket.take(now);
    }

    int tracked() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
    }
}
