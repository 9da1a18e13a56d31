package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.events.CaseEvent;
import cn.onewindow.contracts.events.IssuanceDeadlineWarning;
import cn.onewindow.contracts.events.IssuanceOverdue;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.DueScan;
import cn.onewindow.platform.persistence.MonitorFlags;
import cn.onewindow.issuance.model.IssuanceRecord;
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
    /** The records, claimed 200 at a time (loaded in no particular order). */
    private static final DueScan<IssuanceRecord> RECORDS = DueScan.of("issuance_record", "case_id", 200,
            ids -> IssuanceRecord.<IssuanceRecord>list("caseId in ?1", ids));
    private final Outbox outbox;
    private final Clock clock;

    public IssuanceLimitsMonitor(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Tick(int warned, int overdue) {
    }

    /**
     * One flag: which rows it concerns (SQL), the column it sets on a claimed row, and whether it is the warning or
     * the overdue of its limit — which decides the event it announces.
     */
    private record Flag(ClockKind limit, boolean overdue, String where, String column) {
        static Flag warning(ClockKind limit, String where, String column) {
            return new Flag(limit, false, where, column);
        }

        static Flag overdue(ClockKind limit, String where, String column) {
            return new Flag(limit, true, where, column);
        }

        /** The event of a record this flag was just set on. */
        CaseEvent event(IssuanceRecord r, Instant now) {
            Instant due = limit == ClockKind.ARRIVAL ? r.arrivalDueAt : r.notifyDueAt;
            return overdue ? new IssuanceOverdue(r.caseId, limit, r.departmentCode, due, now)
                    : new IssuanceDeadlineWarning(r.caseId, limit, r.departmentCode, due, now);
        }
    }

    private static final List<Flag> FLAGS = List.of(
            Flag.warning(ClockKind.ARRIVAL, "status = 'AWAITING_ARRIVAL' and arrival_warned_at is null "
                    + "and arrival_warn_at <= :now and arrival_due_at > :now", "arrival_warned_at"),
            Flag.overdue(ClockKind.ARRIVAL, "status = 'AWAITING_ARRIVAL' and arrival_overdue_at is null "
                    + "and arrival_due_at <= :now", "arrival_overdue_at"),
            Flag.warning(ClockKind.NOTIFY, "notified_at is null and notify_warned_at is null "
                    + "and notify_warn_at <= :now and notify_due_at > :now", "notify_warned_at"),
            Flag.overdue(ClockKind.NOTIFY, "notified_at is null and notify_overdue_at is null "
                    + "and notify_due_at <= :now", "notify_overdue_at"));

    @Scheduled(every = "${onewindow.issuance.scan-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(tick(), LOG, "issuance limits monitor failed; next scan retries");
    }

    public Uni<Tick> tick() {
        Instant now = clock.instant();
        Uni<Tick> chain = Uni.createFrom().item(new Tick(0, 0));
        for (var flag : FLAGS) {
            chain = chain.flatMap(acc -> apply(flag, now).map(n -> flag.overdue()
                    ? new Tick(acc.warned(), acc.overdue() + n) : new Tick(acc.warned() + n, acc.overdue())));
        }
        return chain;
    }

    private Uni<Integer> apply(Flag flag, Instant now) {
        // the records are only read: the flag is set with its own SQL, so their versions stay
        return RECORDS.flag(flag.where(), now, flag.column(), r -> r.caseId, r -> outbox.publish(flag.event(r, now)));
    }
}
