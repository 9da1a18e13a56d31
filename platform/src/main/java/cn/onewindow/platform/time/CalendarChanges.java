package cn.onewindow.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * One reader's view of the calendar edits it has not yet acted on: a service that stores deadlines keeps one
 * of these per kind of deadline and, on each look, {@link #recount}s what lies on or after the earliest changed
 * year. A look that fails leaves the edit pending for the next.
 * A new instance (a restart) sees every year the calendar topic brought at start, so no edit is missed.
 */
public final class CalendarChanges {
    private static final Logger LOG = Logger.getLogger(CalendarChanges.class);
    private final CalendarHolder holder;
    private volatile long seen;

    /** Deadlines on or after {@code from} (the start of the earliest changed year) were counted on other data. */
    record Pending(long version, int year, Instant from) {
    }

    public CalendarChanges(CalendarHolder holder) {
        this.holder = holder;
    }

    Optional<Pending> pending() {
        long version = holder.version();
        var changed = holder.earliestYearChangedSince(seen);
        if (changed.isEmpty()) {
            seen = version;
            return Optional.empty();
        }
        int year = changed.getAsInt();
        return Optional.of(new Pending(version, year,
                LocalDate.of(year, 1, 1).atStartOfDay(holder.calendar().zone()).toInstant()));
    }

    void done(Pending pending) {
        seen = Math.max(seen, pending.version());
    }

    /**
     * One look: when an edit is pending, {@code countAgain} counts again (in its own transaction) the stored
     * deadlines on or after the given instant and answers how many; the edit is done once that succeeded, and a
     * failure leaves it pending for the next look. {@code what} names the deadlines in the log.
     */
    public Uni<Integer> recount(String what, Function<Instant, Uni<Integer>> countAgain) {
        var pending = pending();
        if (pending.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        var p = pending.get();
        return countAgain.apply(p.from()).invoke(n -> {
            done(p);
            if (n > 0) {
                LOG.infof("calendar %d entered or edited: %d %s counted again", p.year(), n, what);
            }
        });
    }
}
