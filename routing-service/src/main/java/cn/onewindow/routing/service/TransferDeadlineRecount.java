package cn.onewindow.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.onewindow.platform.persistence.MonitorFlags;
import cn.onewindow.platform.time.CalendarChanges;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.routing.domain.TransferLimits;
import cn.onewindow.routing.model.RoutingAssignment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Counts the open paper transfers' limits again when the hall admin enters or edits a calendar year
 * (docs/architecture.md, "A year never entered"): a file taken in at the close of the year's last working day
 * is due in the next year's first office minutes, which weekends alone only guess. Open is what
 * {@link TransferMonitor} watches: not yet handed over. A handed-over transfer keeps the limit it was judged by.
 */
@ApplicationScoped
public class TransferDeadlineRecount {
    private static final Logger LOG = Logger.getLogger(TransferDeadlineRecount.class);
    // in case order, so two instances recounting at once update the rows in the same order
    private static final String OPEN = "handedOverAt is null and transferDueAt >= ?1 order by caseId";
    private final CalendarHolder calendars;
    private final CalendarChanges changes;
    private final Clock clock;
    private final int warnMinutes;
    private final TakingHalls halls;

    public TransferDeadlineRecount(CalendarHolder calendars, Clock clock, TakingHalls halls,
                                   @ConfigProperty(name = "onewindow.transfers.warn-minutes", defaultValue = "3") int warnMinutes) {
        this.calendars = calendars;
        this.halls = halls;
        this.changes = new CalendarChanges(calendars);
        this.clock = clock;
        this.warnMinutes = warnMinutes;
    }

    @Scheduled(every = "${onewindow.calendar.recount-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return recount().onFailure().invoke(e -> LOG.warn("recounting transfer limits after a calendar edit failed; next look retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Counts again the open transfers a calendar edit since the last look may have moved; how many it counted. */
    public Uni<Integer> recount() {
        var cal = calendars.calendar();
        Instant now = clock.instant();
        return changes.recount("open transfers' limits", from -> Panache.withTransaction(() -> RoutingAssignment.<RoutingAssignment>list(OPEN, from)
                .flatMap(open -> Multi.createFrom().iterable(open).onItem().transformToUniAndConcatenate(a -> recount(a, cal, now))
                        .collect().asList().map(List::size))));
    }

    /**
     * Due and warning time from intake on the calendar now; the entity is written only if one moved (so a runner
     * or department acting meanwhile is not made to retry for nothing). A warning whose moment moved into the
     * future is re-armed, like any moved limit. The escalation is not: it is one row per case and kind
     * ({@code escalation_once}), so a second one at the new limit could never be written — the coordinator keeps
     * the one raised, and acknowledges it. Yields the transfer (a Multi drops null items, and the caller counts
     * what it yields).
     */
    private Uni<RoutingAssignment> recount(RoutingAssignment a, WorkingCalendar cal, Instant now) {
        if (a.acceptedAt == null || a.transferLimitMinutes == null && a.transferLimitDays == null) {
            return Uni.createFrom().item(a);
        }
        var hours = halls.hoursOf(a); // the taking hall's, as when the limit was first counted
        long limit = TransferLimits.officeMinutes(a.transferLimitMinutes, a.transferLimitDays, hours);
        Instant warn = TransferLimits.warnAt(cal, a.acceptedAt, limit, warnMinutes, hours);
        boolean rearmWarning = !warn.equals(a.transferWarnAt) && warn.isAfter(now);
        a.transferDueAt = TransferLimits.dueAt(cal, a.acceptedAt, limit, hours);
        a.transferWarnAt = warn;
        return rearmWarning ? MonitorFlags.clear("routing_assignment", "case_id", a.caseId, "transfer_warned_at").replaceWith(a)
                : Uni.createFrom().item(a);
    }
}
