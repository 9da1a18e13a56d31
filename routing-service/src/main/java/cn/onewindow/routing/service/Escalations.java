package cn.onewindow.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.ApprovalOverdue;
import cn.onewindow.contracts.events.RoutingEscalated;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.routing.model.Escalation;
import io.smallrye.mutiny.Uni;

/**
 * The coordinator's escalations from the back office: when a department's clock (the 20-minute
 * acceptance while the applicant waits, the 5-day acceptance, the promised decision) is flagged
 * overdue, the coordinator gets it on the same list as the late paper transfers.
 */
@ApplicationScoped
public class Escalations {
    private static final Actor ROUTER = Actor.system("routing-service");
    private final Outbox outbox;
    private final Clock clock;

    public Escalations(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Runs inside the inbox transaction of approval's overdue event; the consumer has checked that it names the case,
     * the department and the clock.
     */
    public Uni<Void> departmentOverdue(ApprovalOverdue overdue) {
        Instant now = clock.instant();
        var e = new Escalation();
        e.id = UUID.randomUUID();
        e.caseId = overdue.caseId();
        e.kind = overdue.clock() + "_OVERDUE";
        e.departmentCode = overdue.departmentCode();
        e.raisedAt = now;
        e.details = switch (overdue.clock()) {
            case ACCEPTANCE_MINUTES -> "申请人现场等候，部门未在20分钟内作出受理决定";
            case ACCEPTANCE_DAYS -> "部门未在5个工作日内作出受理决定";
            default -> "部门未在承诺时限内办结";
        } + "（时限至" + (overdue.deadline() == null ? "?" : overdue.deadline()) + "）";
        // the department's limit, not the transfer's: the escalation carries no deadline of its own
        return e.persist().call(() -> outbox.publish(new RoutingEscalated(e.caseId, e.kind, e.departmentCode, e.details,
                        null, now, ROUTER)))
                .replaceWithVoid();
    }
}
