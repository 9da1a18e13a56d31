package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.platform.persistence.MonitorFlags;
import cn.onewindow.platform.time.CalendarChanges;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.IssuanceStatus;
import cn.onewindow.issuance.domain.IssuanceLimits;
import cn.onewindow.issuance.model.IssuanceRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Counts the open issuance limits again when the hall admin enters or edits a calendar year (docs/architecture.md,
 * "A year never entered"): a result decided, or brought to the window, on the year's last working day is due on
 * the next year's first one, which weekends alone only guess. Open is what {@link IssuanceLimitsMonitor} watches:
 * the hand-over while the result is awaited, the notice while the applicant is untold. A limit already met keeps
 * the due time it was judged by.
 */
@ApplicationScoped
public class IssuanceDeadlineRecount {
    private static final Logger LOG = Logger.getLogger(IssuanceDeadlineRecount.class);
    // in case order, so two instances recounting at once update the rows in the same order
    private static final String OPEN = "(status = ?1 and arrivalDueAt >= ?2) or (notifiedAt is null and notifyDueAt >= ?2) "
            + "order by caseId";
    private final CalendarHolder calendars;
    private final CalendarChanges changes;
    private final Clock clock;
    private final PickupHalls halls;

    public IssuanceDeadlineRecount(CalendarHolder calendars, Clock clock, PickupHalls halls) {
        this.halls = halls;
        this.calendars = calendars;
        this.changes = new CalendarChanges(calendars);
        this.clock = clock;
    }

    @Scheduled(every = "${onewindow.calendar.recount-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return recount().onFailure().invoke(e -> LOG.warn("recounting issuance limits after a calendar edit failed; next look retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Counts again the open limits a calendar edit since the last look may have moved; how many records it counted. */
    public Uni<Integer> recount() {
        var cal = calendars.calendar();
        Instant now = clock.instant();
        return changes.recount("open issuance limits", from -> Panache.withTransaction(() -> IssuanceRecord.<IssuanceRecord>list(OPEN, IssuanceStatus.AWAITING_ARRIVAL.name(), from)
                .flatMap(open -> Multi.createFrom().iterable(open).onItem().transformToUniAndConcatenate(r -> recount(r, cal, now))
                        .collect().asList().map(List::size))));
    }

    /**
     * Due and warning time of the record's open limit on the calendar now. The entity is written only if one moved
     * (so a department or clerk acting meanwhile is not made to retry for nothing); the monitor's flags whose moment
     * moved into the future are re-armed with their own SQL, like any moved limit. Yields the record (a Multi
     * drops null items, and the caller counts what it yields).
     */
    private Uni<IssuanceRecord> recount(IssuanceRecord r, WorkingCalendar cal, Instant now) {
        var flags = new ArrayList<String>();
        if (r.status() == IssuanceStatus.AWAITING_ARRIVAL && r.arrivalDueAt != null && r.decidedAt != null) {
            Instant due = IssuanceLimits.arrivalDue(cal, r.decidedAt);
            Instant warn = IssuanceLimits.warnAt(cal, due, halls.hoursOf(r)); // the pickup hall's opening
            rearm(flags, r.arrivalWarnAt, warn, "arrival_warned_at", now);
            rearm(flags, r.arrivalDueAt, due, "arrival_overdue_at", now);
            r.arrivalDueAt = due;
            r.arrivalWarnAt = warn;
        } else if (r.notifiedAt == null && r.notifyDueAt != null && r.arrivedAt != null) {
            Instant due = IssuanceLimits.notifyDue(cal, r.arrivedAt);
            Instant warn = IssuanceLimits.warnAt(cal, due, halls.hoursOf(r));
            rearm(flags, r.notifyWarnAt, warn, "notify_warned_at", now);
            rearm(flags, r.notifyDueAt, due, "notify_overdue_at", now);
            r.notifyDueAt = due;
            r.notifyWarnAt = warn;
        }
        return MonitorFlags.clear("issuance_record", "case_id", r.caseId, flags.toArray(String[]::new)).replaceWith(r);
    }

    /** A flag is set again (warned or overdue once more) when its moment moved and now lies ahead. */
    private static void rearm(List<String> flags, Instant was, Instant is, String column, Instant now) {
        if (!is.equals(was) && is.isAfter(now)) {
            flags.add(column);
        }
    }
}
