package cn.onewindow.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.RoutingEscalated;
import cn.onewindow.contracts.events.TransferDeadlineWarning;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.persistence.MonitorFlags;
import cn.onewindow.common.persistence.SkipLocked;
import cn.onewindow.routing.model.Escalation;
import cn.onewindow.routing.model.RoutingAssignment;
import io.quarkus.hibernate.reactive.panache.Panache;
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
        return tick().invoke(t -> {
            if (t.warned() + t.escalated() > 0) {
                LOG.infof("transfer monitor: %d warned, %d escalated", t.warned(), t.escalated());
            }
        }).onFailure().invoke(e -> LOG.warn("transfer monitor failed; next scan retries", e)).onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    public Uni<Tick> tick() {
        Instant now = clock.instant();
        return warn(now).flatMap(w -> escalate(now).map(e -> new Tick(w, e)));
    }

    Uni<Integer> warn(Instant now) {
        return Panache.withTransaction(() -> claim("transfer_warned_at is null and transfer_warn_at <= :now and transfer_due_at > :now", now)
                .flatMap(list -> flagged(list, "transfer_warned_at", now, a -> outbox.publish(new TransferDeadlineWarning(a.caseId,
                        "TRANSFER", a.departmentCode, a.transferDueAt, now)))));
    }

    Uni<Integer> escalate(Instant now) {
        return Panache.withTransaction(() -> claim("escalated_at is null and transfer_due_at <= :now", now)
                .flatMap(list -> flagged(list, "escalated_at", now, a -> {
                    var e = new Escalation();
                    e.id = UUID.randomUUID();
                    e.caseId = a.caseId;
                    e.kind = TRANSFER_OVERDUE;
                    e.departmentCode = a.departmentCode;
                    e.raisedAt = now;
                    e.details = (a.pickedUpAt == null ? "案卷未被取件" : "案卷已由" + a.pickedUpByName + "取件，部门未确认接收")
                            + "，超过" + a.transferLimitMinutes + "分钟流转时限（应于" + a.transferDueAt + "前送达）";
                    return e.persist().call(() -> outbox.publish(new RoutingEscalated(a.caseId, e.kind, a.departmentCode,
                            e.details, a.transferDueAt, now, MONITOR)));
                })));
    }

    /** Sets the flag on each claimed row (read only, so its version stays) and runs {@code effect} for those it set. */
    private static Uni<Integer> flagged(List<RoutingAssignment> rows, String column, Instant now,
                                        Function<RoutingAssignment, Uni<?>> effect) {
        var set = new AtomicInteger();
        return SkipLocked.inOrder(rows, a -> MonitorFlags.set("routing_assignment", "case_id", a.caseId, column, now).call(first -> {
            if (!first) {
                return Uni.createFrom().voidItem();
            }
            set.incrementAndGet();
            return effect.apply(a);
        })).map(x -> set.get());
    }

    private Uni<List<RoutingAssignment>> claim(String where, Instant now) {
        return SkipLocked.ids("routing_assignment", "case_id", "handed_over_at is null and " + where, now, 200)
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<RoutingAssignment>of())
                        : RoutingAssignment.<RoutingAssignment>list("caseId in ?1 order by caseId", ids));
    }

}
