package cn.onewindow.approval.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.rest.DecisionRequest;
import cn.onewindow.common.events.Actor;
import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.Topics;
import cn.onewindow.common.events.cases.CaseDecided;
import cn.onewindow.common.events.cases.CaseQueued;
import cn.onewindow.common.events.cases.CaseRouted;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.problem.ProblemException;
import cn.onewindow.common.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The department's back office: queues routed cases with their deadline and records decisions. */
@ApplicationScoped
public class ApprovalService {
    private static final Actor QUEUE = Actor.system("approval-service");
    private final Outbox outbox;
    private final Clock clock;
    private final CalendarHolder calendars;

    public ApprovalService(Outbox outbox, Clock clock, CalendarHolder calendars) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
    }

    /** Runs inside the inbox transaction of the routing event. */
    public Uni<Void> enqueue(CaseRouted routed) {
        var c = new ApprovalCase();
        c.caseId = routed.caseId();
        c.itemCode = routed.itemCode();
        c.itemName = routed.itemName();
        c.departmentCode = routed.departmentCode();
        c.queue = routed.queue();
        c.itemType = routed.itemType();
        c.promisedDays = routed.promisedDays();
        c.applicantName = routed.applicantName();
        c.deliveryMethod = routed.deliveryMethod();
        c.status = ApprovalCase.QUEUED;
        c.queuedAt = clock.instant();
        // the promised limit runs from acceptance at the window, in working days
        c.deadline = calendars.calendar().deadline(routed.acceptedAt(), routed.promisedDays());
        var queued = new CaseQueued(c.caseId, c.departmentCode, c.queue, c.queuedAt, c.deadline, QUEUE);
        return c.persist().call(() -> outbox.caseEvent(Topics.APPROVAL_CASE, c.caseId, CaseEventTypes.CASE_QUEUED, queued))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<List<ApprovalCase>> queue(String department, String status) {
        return ApprovalCase.find("departmentCode = ?1 and status = ?2 order by deadline, caseId", department, status).list();
    }

    @WithSession
    public Uni<ApprovalCase> find(String caseId, String department) {
        return ApprovalCase.<ApprovalCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId))
                .invoke(c -> requireOwnDepartment(c, department));
    }

    @WithTransaction
    public Uni<ApprovalCase> decide(String caseId, DecisionRequest decision, Actor reviewer) {
        return ApprovalCase.<ApprovalCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId))
                .invoke(c -> requireOwnDepartment(c, reviewer.department()))
                .flatMap(c -> {
                    if (!ApprovalCase.QUEUED.equals(c.status)) {
                        return Uni.createFrom().failure(ProblemException.conflict("already-decided",
                                "该办件已作出审批决定（" + c.status + "），不能重复决定",
                                "This case was already decided (" + c.status + ")"));
                    }
                    boolean approved = CaseDecided.APPROVED.equals(decision.outcome());
                    if (!approved && (decision.reasons() == null || decision.reasons().isBlank())) {
                        return Uni.createFrom().failure(ProblemException.invalid("reasons-required",
                                "不予许可必须书面说明理由", "A denial must give written reasons"));
                    }
                    c.status = decision.outcome();
                    c.outcome = decision.outcome();
                    c.resultKind = approved ? decision.resultKind() : "DENIAL_LETTER";
                    c.resultTitle = approved ? decision.resultTitle() : "不予许可决定书";
                    c.reasons = decision.reasons();
                    c.decidedById = reviewer.userId();
                    c.decidedByName = reviewer.name();
                    c.decidedByPost = reviewer.post();
                    c.decidedAt = clock.instant();
                    var decided = new CaseDecided(c.caseId, c.itemCode, c.itemName, c.departmentCode, c.outcome,
                            c.resultKind, c.resultTitle, c.reasons, c.applicantName, c.deliveryMethod, c.decidedAt,
                            reviewer, null);
                    return outbox.caseEvent(Topics.APPROVAL_CASE, c.caseId, CaseEventTypes.CASE_DECIDED, decided)
                            .replaceWith(c);
                });
    }

    /** A department (person or system) acts only on its own cases. */
    static void requireOwnDepartment(ApprovalCase c, String department) {
        if (!c.departmentCode.equals(department)) {
            throw ProblemException.forbidden("other-department", "该办件属于其他部门（" + c.departmentCode + "），无权查看或办理",
                    "This case belongs to another department (" + c.departmentCode + ")");
        }
    }
}
