package cn.onewindow.approval.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.platform.time.CalendarChanges;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Counts open cases' deadlines again when the hall admin enters or edits a calendar year: a deadline
 * counted into a year not yet entered was a guess by weekends alone (shown as 暂定), and one counted on
 * a year since corrected is wrong. Every open case whose deadline lies in or after the earliest changed
 * year is refreshed — deadline, warning time and the monitor's flags, as any clock change does.
 */
@ApplicationScoped
public class ProvisionalDeadlines {
    private static final Logger LOG = Logger.getLogger(ProvisionalDeadlines.class);
    private static final String OPEN = "status in ('AWAITING_ACCEPTANCE', 'QUEUED')";
    private final CalendarChanges changes;
    private final CaseClocks clocks;

    public ProvisionalDeadlines(CalendarHolder calendars, CaseClocks clocks) {
        this.changes = new CalendarChanges(calendars);
        this.clocks = clocks;
    }

    @Scheduled(every = "${onewindow.calendar.recount-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return recount().onFailure().invoke(e -> LOG.warn("recounting deadlines after a calendar edit failed; next look retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Refreshes the open cases a calendar edit since the last look may have moved; how many it refreshed. */
    public Uni<Integer> recount() {
        return changes.recount("open cases' deadlines", from -> Panache.withTransaction(() -> ApprovalCase.<ApprovalCase>list(OPEN + " and deadline >= ?1", from)
                .flatMap(open -> Multi.createFrom().iterable(open).onItem().transformToUniAndConcatenate(clocks::refresh)
                        .collect().asList().map(List::size))));
    }
}
