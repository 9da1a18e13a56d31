package cn.onewindow.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One reader's view of the calendar edits it has not yet acted on: a service that stores deadlines keeps one
 * of these per kind of deadline, asks {@link #pending()} on each look, counts again what lies on or after
 * {@link Pending#from()}, and then calls {@link #done}. A look that fails leaves the edit pending for the next.
 * A new instance (a restart) sees every year the calendar topic brought at start, so no edit is missed.
 */
public final class CalendarChanges {
    private final CalendarHolder holder;
    private volatile long seen;

    /** Deadlines on or after {@code from} (the start of the earliest changed year) were counted on other data. */
    public record Pending(long version, int year, Instant from) {
    }

    public CalendarChanges(CalendarHolder holder) {
        this.holder = holder;
    }

    public Optional<Pending> pending() {
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

    public void done(Pending pending) {
        seen = Math.max(seen, pending.version());
    }
}
