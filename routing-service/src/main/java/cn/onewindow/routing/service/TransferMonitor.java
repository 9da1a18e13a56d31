package cn.onewindow.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.RoutingEscalated;
import cn.onewindow.contracts.events.TransferDeadlineWarning;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.DueScan;
import cn.onewindow.platform.persistence.MonitorFlags;
import cn.onewindow.routing.model.Escalation;
import cn.onewindow.routing.model.RoutingAssignment;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Watches the paper transfers: a warning a few minutes before the limit, and an escalation to the
 * coordinator once it passes with the file not yet confirmed by the department. Works from the
 * stored due times (restart-safe; rows claimed with SKIP LOCKED so instances share the work). Its flags
 * are set beside the row's version ({@link MonitorFlags}): a runner's pickup or a department's handover
 * at that very moment is not made to retry.
 */
@ApplicationScoped
public class TransferMonitor {
    private static final Logger LOG = Logger.getLogger(TransferMonitor.class);
    private static final Actor MONITOR = Actor.system("routing-service");
    static final String TRANSFER_OVERDUE = "TRANSFER_OVERDUE";
    /** The transfers, claimed 200 at a time and acted on in case-number order; only those not yet handed over are due. */
    private static final DueScan<RoutingAssignment> TRANSFERS = DueScan.of("routing_assignment", "case_id", 200,
            ids -> RoutingAssignment.<RoutingAssignment>list("caseId in ?1 order by caseId", ids));
    private static final String NOT_HANDED_OVER = "handed_over_at is null and ";
    private final Outbox outbox;
    private final Clock clock;

    public TransferMonitor(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Tick(int warned, int escalated) {
    }

    @Scheduled(every = "${onewindow.transfers.scan-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(tick().invoke(t -> {
            if (t.warned() + t.escalated() > 0) {
                LOG.infof("transfer monitor: %d warned, %d escalated", t.warned(), t.escalated());
            }
        }), LOG, "transfer monitor failed; next scan retries");
    }

    public Uni<Tick> tick() {
        Instant now = clock.instant();
        return warn(now).flatMap(w -> escalate(now).map(e -> new Tick(w, e)));
    }

    Uni<Integer> warn(Instant now) {
        return TRANSFERS.flag(NOT_HANDED_OVER + "transfer_warned_at is null and transfer_warn_at <= :now and transfer_due_at > :now",
                now, "transfer_warned_at", a -> a.caseId, a -> outbox.publish(new TransferDeadlineWarning(a.caseId,
                        ClockKind.TRANSFER, a.departmentCode, a.transferDueAt, now)));
    }

    Uni<Integer> escalate(Instant now) {
        return TRANSFERS.flag(NOT_HANDED_OVER + "escalated_at is null and transfer_due_at <= :now", now, "escalated_at",
                a -> a.caseId, a -> {
                    var e = new Escalation();
                    e.id = UUID.randomUUID();
                    e.caseId = a.caseId;
                    e.kind = TRANSFER_OVERDUE;
                    e.departmentCode = a.departmentCode;
                    e.raisedAt = now;
                    e.details = (a.pickedUpAt == null ? "案卷未被取件" : "案卷已由" + a.pickedUpByName + "取件，部门未确认接收")
                            + "，超过" + (a.transferLimitDays != null ? a.transferLimitDays + "个工作日快递"
                                    : a.transferLimitMinutes + "分钟") + "流转时限（应于" + a.transferDueAt + "前送达）";
                    return e.persist().call(() -> outbox.publish(new RoutingEscalated(a.caseId, e.kind, a.departmentCode,
                            e.details, a.transferDueAt, now, MONITOR)));
                });
    }
}
