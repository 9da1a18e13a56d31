package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.onewindow.platform.time.CalendarChanges;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.evaluation.model.RectificationOrder;
import cn.onewindow.evaluation.model.SupervisionOrder;
import cn.onewindow.evaluation.enquiry.service.EnquiryService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Counts the open work orders' deadlines again when the hall admin enters or edits a calendar year, as approval's
 * ProvisionalDeadlines does for cases: a deadline counted into a year not yet entered was a guess by weekends alone
 * (shown as provisional), one counted on a year since corrected is wrong. Both starts are stored — a rectification
 * order's {@code openedAt} is the rating's time, a supervision order's {@code receivedAt} the complaint's — so each
 * deadline is counted exactly as it was first, on the calendar as it now is. The limits are not stored: the
 * rectification limit is the configured one (a changed setting would apply to the orders counted again), the
 * feedback limit a constant.
 */
@ApplicationScoped
public class EvaluationDeadlineRecount {
    private static final Logger LOG = Logger.getLogger(EvaluationDeadlineRecount.class);
    private final CalendarHolder calendars;
    private final CalendarChanges changes;
    private final Clock clock;
    private final int rectificationDays;
    private final EnquiryService enquiries;

    public EvaluationDeadlineRecount(CalendarHolder calendars, Clock clock,
                                     @ConfigProperty(name = "onewindow.rectification.working-days") int rectificationDays,
                                     EnquiryService enquiries) {
        this.calendars = calendars;
        this.enquiries = enquiries;
        this.changes = new CalendarChanges(calendars);
        this.clock = clock;
        this.rectificationDays = rectificationDays;
    }

    @Scheduled(every = "${onewindow.calendar.recount-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return recount().onFailure().invoke(e -> LOG.warn("recounting work-order deadlines after a calendar edit failed; next look retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Counts again the open orders a calendar edit since the last look may have moved; how many it counted. */
    public Uni<Integer> recount() {
        // one transaction for every kind (enquiries' dues too, #24): the edit is done only when all were counted again
        return changes.recount("open work orders' deadlines",
                from -> Panache.withTransaction(() -> rectifications(from).flatMap(r -> supervisions(from).map(s -> r + s))
                        .flatMap(orders -> enquiries.recount(from).map(e -> orders + e))));
    }

    /**
     * Unanswered orders, as the monitor and the open list read them. Locked, so that the monitor's claim (SKIP LOCKED)
     * and this count never write one row over the other.
     */
    private Uni<Integer> rectifications(Instant from) {
        return RectificationOrder.<RectificationOrder>find("answeredAt is null and deadline >= ?1", from)
                .<RectificationOrder>withLock(LockModeType.PESSIMISTIC_WRITE).<RectificationOrder>list()
                .map(open -> {
                    var calendar = calendars.calendar();
                    Instant now = clock.instant();
                    for (var o : open) {
                        Instant moved = calendar.deadline(o.openedAt, rectificationDays);
                        if (!moved.equals(o.deadline)) {
                            o.escalatedAt = rearmed(o.escalatedAt, moved, now);
                            o.deadline = moved;
                        }
                    }
                    return open.size();
                });
    }

    /** Complaints not yet answered in writing, as the monitor and the open list read them. */
    private Uni<Integer> supervisions(Instant from) {
        return SupervisionOrder.<SupervisionOrder>find("feedbackAt is null and feedbackDueAt >= ?1", from)
                .<SupervisionOrder>withLock(LockModeType.PESSIMISTIC_WRITE).<SupervisionOrder>list()
                .map(open -> {
                    var calendar = calendars.calendar();
                    Instant now = clock.instant();
                    for (var o : open) {
                        Instant moved = calendar.deadline(o.receivedAt, ComplaintService.FEEDBACK_WORKING_DAYS);
                        if (!moved.equals(o.feedbackDueAt)) {
                            o.escalatedAt = rearmed(o.escalatedAt, moved, now);
                            o.feedbackDueAt = moved;
                        }
                    }
                    return open.size();
                });
    }

    /**
     * An order escalated on a deadline that has now moved into the future is not overdue: the flag is cleared so the
     * monitor escalates it again should the new deadline pass (as approval re-arms its overdue flag).
     */
    private static Instant rearmed(Instant escalatedAt, Instant deadline, Instant now) {
        return escalatedAt != null && deadline.isAfter(now) ? null : escalatedAt;
    }
}
