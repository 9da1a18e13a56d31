package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.SupervisionEscalated;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.DueScan;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.evaluation.model.SupervisionOrder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The 办不成事 window: a complaint becomes a supervision work order; the supervisor names the lead
 * section, which answers in writing within 3 working days of receipt (Langfang); an unanswered order
 * is escalated when that passes. The lead section is the order's department: only it, or the
 * supervisor, acts on the order ({@link DepartmentScope}); each act keeps who did it.
 */
@ApplicationScoped
public class ComplaintService {
    private static final Logger LOG = Logger.getLogger(ComplaintService.class);
    /** Written feedback on a forwarded complaint: 3 working days. */
    static final int FEEDBACK_WORKING_DAYS = 3;
    /** The orders, claimed 200 at a time (loaded in no particular order). */
    private static final DueScan<SupervisionOrder> ORDERS = DueScan.of("supervision_order", "id::text", 200,
            ids -> SupervisionOrder.<SupervisionOrder>list("id in ?1", ids.stream().map(Long::valueOf).toList()));
    private final Outbox outbox;
    private final Clock clock;
    private final CalendarHolder calendars;

    public ComplaintService(Outbox outbox, Clock clock, CalendarHolder calendars) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
    }

    @WithTransaction
    public Uni<SupervisionOrder> receive(String caseId, String name, String phone, String content, String channel, Actor actor) {
        Instant now = clock.instant();
        var o = new SupervisionOrder();
        o.caseId = caseId;
        o.complainantName = name;
        o.phone = phone;
        o.content = content;
        o.channel = channel;
        o.receivedBy = actor.name();
        o.receivedById = actor.userId();
        o.receivedAt = now;
        o.feedbackDueAt = calendars.calendar().deadline(now, FEEDBACK_WORKING_DAYS);
        o.status = "RECEIVED";
        return o.persist();
    }

    /** The supervisor names the lead section (supervisor only, so no department check). */
    @WithTransaction
    public Uni<SupervisionOrder> assign(long id, String leadSection, Actor actor) {
        return order(id).invoke(o -> {
            if (o.feedbackAt != null) {
                throw ProblemException.conflict("already-answered", "该督办工单已回复", "This order was already answered");
            }
            o.leadSection = leadSection;
            o.assignedAt = clock.instant();
            o.assignedBy = actor.name();
            o.assignedById = actor.userId();
            o.status = "ASSIGNED";
        });
    }

    /** Written feedback by the lead section (or the supervisor on its behalf); another department is refused first. */
    @WithTransaction
    public Uni<SupervisionOrder> feedback(long id, String text, Actor actor, boolean supervisor) {
        return order(id).invoke(o -> {
            DepartmentScope.requireOwn(o.leadSection, actor, supervisor);
            if (o.leadSection == null) {
                throw ProblemException.conflict("not-assigned", "督办工单尚未指定牵头科室", "No lead section was named yet");
            }
            if (o.feedbackAt != null) {
                throw ProblemException.conflict("already-answered", "该督办工单已回复", "This order was already answered");
            }
            o.feedback = text;
            o.feedbackBy = actor.name();
            o.feedbackById = actor.userId();
            o.feedbackAt = clock.instant();
            o.status = "ANSWERED";
        });
    }

    /** {@code leadSection}: a department post's own department (its orders only); null for the supervisor (every order). */
    @WithSession
    public Uni<List<SupervisionOrder>> list(boolean open, String leadSection) {
        String where = (open ? "feedbackAt is null" : "1 = 1") + (leadSection == null ? "" : " and leadSection = ?1");
        return leadSection == null ? SupervisionOrder.list(where + " order by feedbackDueAt")
                : SupervisionOrder.list(where + " order by feedbackDueAt", leadSection);
    }

    @Scheduled(every = "${onewindow.rectification.scan-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(escalateOverdue(), LOG, "supervision monitor failed; next scan retries");
    }

    /** Escalates every unanswered order past its feedback deadline, once (set through the entity), with its event. */
    public Uni<Integer> escalateOverdue() {
        Instant now = clock.instant();
        return ORDERS.each("feedback_at is null and escalated_at is null and feedback_due_at <= :now", now, o -> {
            o.escalatedAt = now;
            // keyed by the complained-of case, or by the order when the complaint names none (the record's key)
            return outbox.publish(new SupervisionEscalated(o.caseId, "SUPERVISION_OVERDUE", o.id,
                    o.leadSection == null ? "" : o.leadSection, o.feedbackDueAt, now));
        });
    }

    private Uni<SupervisionOrder> order(long id) {
        return SupervisionOrder.<SupervisionOrder>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("督办工单 supervision order", String.valueOf(id)));
    }
}
