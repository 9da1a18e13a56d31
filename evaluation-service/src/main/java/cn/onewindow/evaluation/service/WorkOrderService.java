package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.RectificationEscalated;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.DueScan;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.evaluation.model.Rating;
import cn.onewindow.evaluation.model.RectificationOrder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Rectification work orders (差评整改): verify → rectify → answer the applicant, by the deadline;
 * escalated to the supervisor when the deadline passes unanswered. The department may appeal a
 * mistaken rating; if the supervisor upholds the appeal, the rating no longer counts. A department
 * acts on its own orders only, the supervisor on every department's ({@link DepartmentScope}); each
 * act keeps who did it.
 */
@ApplicationScoped
public class WorkOrderService {
    private static final Logger LOG = Logger.getLogger(WorkOrderService.class);
    /** The orders, claimed 200 at a time (loaded in no particular order). */
    private static final DueScan<RectificationOrder> ORDERS = DueScan.of("rectification_order", "id::text", 200,
            ids -> RectificationOrder.<RectificationOrder>list("id in ?1", ids.stream().map(Long::valueOf).toList()));
    private final Outbox outbox;
    private final Clock clock;

    public WorkOrderService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code department}: a department post's own department (its orders only); null for the supervisor (every order). */
    @WithSession
    public Uni<List<RectificationOrder>> list(boolean open, String department) {
        String where = (open ? "answeredAt is null" : "1 = 1") + (department == null ? "" : " and departmentCode = ?1");
        return department == null ? RectificationOrder.list(where + " order by deadline")
                : RectificationOrder.list(where + " order by deadline", department);
    }

    /** The next step of the order: VERIFIED, then RECTIFIED, then ANSWERED, each with its text and its actor. */
    @WithTransaction
    public Uni<RectificationOrder> step(long id, String step, String text, Actor actor, boolean supervisor) {
        return order(id).map(o -> {
            DepartmentScope.requireOwn(o.departmentCode, actor, supervisor);
            Instant now = clock.instant();
            String expected = switch (step) {
                case "VERIFIED" -> "OPEN";
                case "RECTIFIED" -> "VERIFIED";
                default -> "RECTIFIED";
            };
            if (o.answeredAt != null) {
                // answered, or closed by an upheld appeal (whose status stays where the steps had got to)
                throw ProblemException.conflict("already-answered", "该整改工单已办结，不能再办理", "This order is closed");
            }
            if (!expected.equals(o.status)) {
                // the staff read this message on screen: the state in words, never its code (#22 item 13)
                throw ProblemException.conflict("wrong-step", "工单当前" + StepWords.zh(o.status) + "，须按 核实→整改→回复 的顺序办理",
                        "The order is " + StepWords.en(o.status) + ": verify, rectify, then answer");
            }
            switch (step) {
                case "VERIFIED" -> {
                    o.verifiedAt = now;
                    o.finding = text;
                    o.verifiedBy = actor.name();
                    o.verifiedById = actor.userId();
                }
                case "RECTIFIED" -> {
                    o.rectifiedAt = now;
                    o.measures = text;
                    o.rectifiedBy = actor.name();
                    o.rectifiedById = actor.userId();
                }
                default -> {
                    o.answeredAt = now;
                    o.answer = text;
                    o.answeredBy = actor.name();
                    o.answeredById = actor.userId();
                }
            }
            o.status = step;
            o.handledBy = actor.name();
            return o;
        });
    }

    /** The rated department says the rating was a mistake; the supervisor reviews it. */
    @WithTransaction
    public Uni<RectificationOrder> appeal(long id, String reason, Actor actor, boolean supervisor) {
        return order(id).map(o -> {
            DepartmentScope.requireOwn(o.departmentCode, actor, supervisor);
            if (o.appealStatus != null) {
                throw ProblemException.conflict("already-appealed", "该差评已申诉", "This rating was already appealed");
            }
            o.appealReason = reason;
            o.appealStatus = "PENDING";
            o.appealedBy = actor.name();
            o.appealedById = actor.userId();
            o.appealedAt = clock.instant();
            return o;
        });
    }

    /** The supervisor's review: upheld → the rating is excluded from the statistics and the order closed. */
    @WithTransaction
    public Uni<RectificationOrder> reviewAppeal(long id, boolean upheld, Actor actor) {
        return order(id).flatMap(o -> {
            if (!"PENDING".equals(o.appealStatus)) {
                return Uni.createFrom().failure(ProblemException.conflict("no-pending-appeal", "没有待审核的申诉",
                        "No appeal is pending"));
            }
            Instant now = clock.instant();
            o.appealStatus = upheld ? "UPHELD" : "REJECTED";
            o.appealReviewedBy = actor.name();
            o.appealReviewedById = actor.userId();
            o.appealReviewedAt = now;
            if (!upheld) {
                return Uni.createFrom().item(o);
            }
            o.answeredAt = now;
            o.answer = "申诉成立：经核实为误评，不计入考核";
            o.answeredBy = actor.name();
            o.answeredById = actor.userId();
            return Rating.<Rating>findById(new Rating.Key(o.caseId, o.stage)).invoke(r -> {
                if (r != null) {
                    r.excluded = true;
                }
            }).replaceWith(o);
        });
    }

    @Scheduled(every = "${onewindow.rectification.scan-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(escalateOverdue(), LOG, "work-order monitor failed; next scan retries");
    }

    /** Escalates every unanswered order past its deadline, once (set through the entity), with its event. */
    public Uni<Integer> escalateOverdue() {
        Instant now = clock.instant();
        return ORDERS.each("answered_at is null and escalated_at is null and deadline <= :now", now, o -> {
            o.escalatedAt = now;
            return outbox.publish(new RectificationEscalated(o.caseId, "RECTIFICATION_OVERDUE",
                    o.id, o.stage, o.departmentCode == null ? "" : o.departmentCode, o.deadline, now));
        });
    }

    private Uni<RectificationOrder> order(long id) {
        return RectificationOrder.<RectificationOrder>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("整改工单 work order", String.valueOf(id)));
    }
}
