package cn.onewindow.intake.takein.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import cn.onewindow.platform.time.CalendarChanges;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.intake.takein.model.DeferredMaterial;
import cn.onewindow.intake.takein.model.IntakeCase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Counts 容缺 owed-by dates again when the hall admin enters or edits a calendar year, as approval's
 * ProvisionalDeadlines does for cases: a date counted into a year not yet entered was a guess by weekends alone
 * (shown as provisional), one counted on a year since corrected is wrong. A date is counted from the case's
 * acceptance time (the take-in's instant) with the working days kept beside it ({@code dueWorkingDays}: the clerk's
 * limit, else the item's promised one). Rows from before that column was kept have no number of days — the clerk's
 * limit was never stored — and keep the date they were given.
 *
 * <p>Only the window's copy moves: approval terminates a 容缺 case on the date the accepted event carried.
 */
@ApplicationScoped
public class DeferralDeadlineRecount {
    private static final Logger LOG = Logger.getLogger(DeferralDeadlineRecount.class);
    /** Still owed: a 容缺 material not handed in, whose days were kept (a back-office request has no date of its own). */
    private static final String OWED = "reason = 'DEFERRAL' and suppliedAt is null and dueWorkingDays is not null";
    private final CalendarHolder calendars;
    private final CalendarChanges changes;

    public DeferralDeadlineRecount(CalendarHolder calendars) {
        this.calendars = calendars;
        this.changes = new CalendarChanges(calendars);
    }

    @Scheduled(every = "${onewindow.calendar.recount-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return recount().onFailure().invoke(e -> LOG.warn("recounting owed-by dates after a calendar edit failed; next look retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Counts again the owed-by dates a calendar edit since the last look may have moved; how many it counted. */
    public Uni<Integer> recount() {
        // locked, so that a supplement handed in meanwhile is not written over (nor this count by it)
        return changes.recount("owed materials' dates", from -> Panache.withTransaction(() -> DeferredMaterial.<DeferredMaterial>find(OWED + " and dueAt >= ?1", from)
                        .<DeferredMaterial>withLock(LockModeType.PESSIMISTIC_WRITE).<DeferredMaterial>list()
                        .flatMap(this::countAgain)));
    }

    private Uni<Integer> countAgain(List<DeferredMaterial> owed) {
        if (owed.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        var caseIds = owed.stream().map(m -> m.caseId).distinct().toList();
        return IntakeCase.<IntakeCase>list("caseId in ?1", caseIds).map(cases -> {
            Map<String, IntakeCase> byId = cases.stream().collect(Collectors.toMap(c -> c.caseId, Function.identity()));
            var calendar = calendars.calendar();
            int counted = 0;
            for (var m : owed) {
                var c = byId.get(m.caseId);
                // a decided case (terminated for the missing material, say) owes nothing a date still governs
                if (c == null || c.acceptedAt == null || c.decision != null) {
                    continue;
                }
                m.dueAt = calendar.deadline(c.acceptedAt, m.dueWorkingDays);
                counted++;
            }
            return counted;
        });
    }
}
