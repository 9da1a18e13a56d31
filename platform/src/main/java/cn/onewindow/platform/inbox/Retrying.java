package cn.onewindow.platform.inbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * How a consumer retries one record (docs/faults.md): an {@link FailureKind#OUTAGE} is retried for as
 * long as it lasts (the channel waits on this record, so its partition is paused, not skipped, and the
 * {@link ConsumerOutages} health check says so); a {@link FailureKind#RECORD} failure is retried up to
 * {@code recordRetries} times; a {@link FailureKind#POISON} record fails at once. The record's own
 * failures are counted apart from the outages, so however long the database is away, the limit that
 * sends a record to the dead-letter topic is never reached by waiting for it.
 */
public final class Retrying {
    private static final Logger LOG = Logger.getLogger(Retrying.class);
    private final long recordRetries;
    private final Duration firstBackOff;
    private final Duration maxBackOff;
    private final ConsumerOutages outages;

    public Retrying(long recordRetries, Duration firstBackOff, Duration maxBackOff, ConsumerOutages outages) {
        this.recordRetries = recordRetries;
        this.firstBackOff = firstBackOff;
        this.maxBackOff = maxBackOff;
        this.outages = outages;
    }

    /** Runs {@code attempt} until it succeeds or fails in a way that retrying cannot mend. */
    public <T> Uni<T> run(String consumer, String what, Supplier<Uni<T>> attempt) {
        AtomicLong recordFailures = new AtomicLong();
        AtomicLong outageFailures = new AtomicLong();
        return Uni.createFrom().<T>deferred(attempt::get)
                .onFailure(failure -> worthAnotherTry(consumer, what, failure, recordFailures, outageFailures))
                .retry().withBackOff(firstBackOff, maxBackOff).indefinitely()
                // however the record ends after waiting on an outage (applied, or dead-lettered for a failure of
                // its own once the database was back), the consumer no longer waits: readiness must say so
                .onTermination().invoke(() -> {
                    if (outageFailures.get() > 0) {
                        outages.ended(consumer);
                    }
                });
    }

    private boolean worthAnotherTry(String consumer, String what, Throwable failure, AtomicLong recordFailures,
                                    AtomicLong outageFailures) {
        return switch (FailureKind.of(failure)) {
            case POISON -> false;
            case OUTAGE -> {
                long n = outageFailures.incrementAndGet();
                outages.began(consumer, failure);
                // the first and then every tenth, not one warning per attempt for the length of an outage
                if (n == 1 || n % 10 == 0) {
                    LOG.warnf("%s: %s waits for the infrastructure (attempt %d, retried for as long as it lasts): %s",
                            consumer, what, n, failure);
                }
                yield true;
            }
            case RECORD -> {
                long n = recordFailures.incrementAndGet();
                boolean again = n <= recordRetries;
                LOG.warnf("%s: %s failed (%d of %d record failures%s): %s", consumer, what, n, recordRetries + 1,
                        again ? ", retrying" : ", to the dead-letter topic", failure);
                yield again;
            }
        };
    }
}
