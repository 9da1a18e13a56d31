package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.Topics;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.persistence.MonitorFlags;
import cn.onewindow.common.persistence.SkipLocked;
import cn.onewindow.issuance.model.IssuanceRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Watches the two issuance limits from the stored due times: the result's arrival at the window
 * (ARRIVAL) and the applicant's notice (NOTIFY). Each warns when the office opens on the limit's last
 * day and is flagged overdue once it ends — each once, with its event. The flags are set beside the
 * record's version ({@link MonitorFlags}): a department handing its result over at that very moment
 * is not made to retry.
 */
@ApplicationScoped
public class IssuanceLimitsMonitor {
    private static final Logger LOG = Logger.getLogger(IssuanceLimitsMonitor.class);
    private final Outbox outbox;
    private final Clock clock;

    public IssuanceLimitsMonitor(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Tick(int warned, int overdue) {
    }

    /** One flag: which rows it concerns (SQL), and the column it sets on a claimed row. */
    private record Flag(String limit, String type, String where, String column) {
    }

    private static final List<Flag> FLAGS = List.of(
            new Flag("ARRIVAL", CaseEventTypes.DEADLINE_WARNING, "status = 'AWAITING_ARRIVAL' and arrival_warned_at is null "
                    + "and arrival_warn_at <= :now and arrival_due_at > :now", "arrival_warned_at"),
            new Flag("ARRIVAL", CaseEventTypes.OVERDUE, "status = 'AWAITING_ARRIVAL' and arrival_overdue_at is null "
                    + "and arrival_due_at <= :now", "arrival_overdue_at"),
            new Flag("NOTIFY", CaseEventTypes.DEADLINE_WARNING, "notified_at is null and notify_warned_at is null "
                    + "and notify_warn_at <= :now and notify_due_at > :now", "notify_warned_at"),
            new Flag("NOTIFY", CaseEventTypes.OVERDUE, "notified_at is null and notify_overdue_at is null "
                    + "and notify_due_at <= :now", "notify_overdue_at"));

    @Scheduled(every = "${onewindow.issuance.scan-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return tick().onFailure().invoke(e -> LOG.warn("issuance limits monitor failed; next scan retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public Uni<Tick> tick() {
        Instant now = clock.instant();
        Uni<Tick> chain = Uni.createFrom().item(new Tick(0, 0));
        for (var flag : FLAGS) {
            chain = chain.flatMap(acc -> apply(flag, now).map(n -> CaseEventTypes.OVERDUE.equals(flag.type())
                    ? new Tick(acc.warned(), acc.overdue() + n) : new Tick(acc.warned() + n, acc.overdue())));
        }
        return chain;
    }

    private Uni<Integer> apply(Flag flag, Instant now) {
        return Panache.withTransaction(() -> SkipLocked.ids("issuance_record", "case_id", flag.where(), now, 200)
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<IssuanceRecord>of())
                        : IssuanceRecord.<IssuanceRecord>list("caseId in ?1", ids))
                .flatMap(list -> {
                    // the records are only read: the flag is set with its own SQL, so their versions stay
                    var set = new AtomicInteger();
                    return SkipLocked.inOrder(list, r -> MonitorFlags.set("issuance_record", "case_id", r.caseId, flag.column(), now)
                            .call(first -> {
                                if (!first) {
                                    return Uni.createFrom().voidItem();
                                }
                                set.incrementAndGet();
                                Instant due = "ARRIVAL".equals(flag.limit()) ? r.arrivalDueAt : r.notifyDueAt;
                                return outbox.caseEvent(Topics.ISSUANCE_CASE, r.caseId, flag.type(), Map.of("caseId", r.caseId,
                                        "clock", flag.limit(), "departmentCode", r.departmentCode, "deadline", due.toString(),
                                        "at", now.toString()));
                            })).map(x -> set.get());
                }));
    }
}
