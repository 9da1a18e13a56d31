package cn.onewindow.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.domain.ApprovalRules;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.ExaminationStep;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.StepRecorded;
import cn.onewindow.contracts.vocabulary.ApprovalCaseStatus;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Examination steps (审查环节). A site check by the reviewer runs on the clock; inspection (勘验),
 * expert review (专家评审) and fees stop it ({@link ApprovalRules#stopsTheClock}) until the step ends or,
 * for a fee, the payment confirmation arrives. A fee is also announced with its amount ({@link FeeNotices}): the
 * applicant is sent the fee notice.
 */
@ApplicationScoped
public class ExaminationService {
    private final ApprovalService approval;
    private final CaseClocks clocks;
    private final SupplementRequests supplements;
    private final CaseEvents events;
    private final Clock clock;
    private final CalendarHolder calendars;

    public ExaminationService(ApprovalService approval, CaseClocks clocks, SupplementRequests supplements, CaseEvents events,
                              Clock clock, CalendarHolder calendars) {
        this.calendars = calendars;
        this.approval = approval;
        this.clocks = clocks;
        this.supplements = supplements;
        this.events = events;
        this.clock = clock;
    }

    static Uni<List<ExaminationStep>> openSteps(String caseId) {
        return ExaminationStep.list("caseId = ?1 and endedAt is null order by startedAt", caseId);
    }

    @WithSession
    public Uni<List<ExaminationStep>> steps(String caseId, String department) {
        return approval.find(caseId, department).flatMap(c -> ExaminationStep.list("caseId = ?1 order by startedAt", caseId));
    }

    @WithTransaction
    public Uni<ExaminationStep> start(String caseId, StepOrder request, Actor actor) {
        if ("FEE".equals(request.kind()) && request.amountCents() == null) {
            return Uni.createFrom().failure(ProblemException.invalid("amount-required", "缴费通知须写明金额（分）",
                    "A payment notice needs the amount (in fen)"));
        }
        return approval.openCase(caseId, actor).flatMap(c -> {
            if (c.status() != ApprovalCaseStatus.QUEUED) {
                return Uni.createFrom().failure(ProblemException.conflict("not-accepted-yet",
                        "该办件尚未受理，不能开始审查环节", "The case must be accepted before it is examined"));
            }
            return openSteps(caseId).flatMap(open -> {
                if (!ApprovalRules.mayStart(request.kind(), open.stream().map(s -> s.kind).toList())) {
                    return Uni.createFrom().failure(ProblemException.conflict("step-open",
                            "尚有暂停计时的环节未完成：" + open.get(0).kind, "A clock-stopping step is still open: " + open.get(0).kind));
                }
                var step = new ExaminationStep();
                step.id = UUID.randomUUID();
                step.caseId = caseId;
                step.kind = request.kind();
                step.note = request.note();
                step.amountCents = request.amountCents();
                step.startedAt = clock.instant();
                step.startedBy = actor.userId();
                Uni<?> stopped = ApprovalRules.stopsTheClock(step.kind) ? clocks.stop(c, step.kind, actor) : Uni.createFrom().item(c);
                return step.persist().call(() -> stopped).call(() -> announce(c, step, "STARTED", actor))
                        // 缴费通知: the applicant is told the amount and how to pay (issuance sends it)
                        .call(() -> "FEE".equals(step.kind) ? events.publish(c.departmentCode,
                                FeeNotices.assessed(c, step, request, calendars.calendar(), actor)) : Uni.createFrom().voidItem())
                        .replaceWith(step);
            });
        });
    }

    @WithTransaction
    public Uni<ExaminationStep> complete(String caseId, UUID stepId, String outcome, Actor actor) {
        return approval.openCase(caseId, actor).flatMap(c -> openStep(caseId, stepId).flatMap(step -> {
            if ("FEE".equals(step.kind)) {
                return Uni.createFrom().failure(ProblemException.conflict("awaiting-payment",
                        "缴费环节以缴款确认结束", "A fee step ends with the payment confirmation"));
            }
            if ("SUPPLEMENT".equals(step.kind)) {
                return Uni.createFrom().failure(ProblemException.conflict("awaiting-supplement",
                        "补正环节在申请人补正材料后结束", "A supplement request ends when the window reports the materials supplied"));
            }
            return end(c, step, outcome, actor);
        }));
    }

    /** The payment platform confirms the fee: the step ends and the clock runs again. */
    @WithTransaction
    public Uni<ExaminationStep> paid(String caseId, Payment payment, Actor actor) {
        return approval.openCase(caseId, actor).flatMap(c -> ExaminationStep.<ExaminationStep>find(
                "caseId = ?1 and kind = 'FEE' and endedAt is null", caseId).firstResult().flatMap(step -> {
            if (step == null) {
                return Uni.createFrom().failure(ProblemException.conflict("no-fee-due", "该办件没有待缴的费用",
                        "No fee is due for this case"));
            }
            if (!step.amountCents.equals(payment.amountCents())) {
                return Uni.createFrom().failure(ProblemException.invalid("amount-mismatch",
                        "缴款金额（" + payment.amountCents() + "分）与缴费通知（" + step.amountCents + "分）不符",
                        "Paid " + payment.amountCents() + " fen, the notice says " + step.amountCents));
            }
            step.paymentRef = payment.reference();
            return end(c, step, "PAID", actor);
        }));
    }

    @WithTransaction
    public Uni<ApprovalCase> requestSupplement(String caseId, SupplementOrder request, Actor actor) {
        return approval.openCase(caseId, actor).flatMap(c -> supplements.request(c, request.materials(), request.declared(), actor));
    }

    private Uni<ExaminationStep> end(ApprovalCase c, ExaminationStep step, String outcome, Actor actor) {
        step.endedAt = clock.instant();
        step.endedBy = actor.userId();
        step.outcome = outcome;
        Uni<?> resumed = ApprovalRules.stopsTheClock(step.kind) ? clocks.resume(c, step.kind, actor) : Uni.createFrom().item(true);
        return resumed.call(() -> announce(c, step, "COMPLETED", actor)).replaceWith(step);
    }

    private Uni<ExaminationStep> openStep(String caseId, UUID stepId) {
        return ExaminationStep.<ExaminationStep>findById(stepId).map(s -> {
            if (s == null || !s.caseId.equals(caseId)) {
                throw ProblemException.notFound("审查环节 step", stepId.toString());
            }
            if (s.endedAt != null) {
                throw ProblemException.conflict("step-ended", "该环节已结束", "This step has already ended");
            }
            return s;
        });
    }

    private Uni<?> announce(ApprovalCase c, ExaminationStep step, String phase, Actor actor) {
        Instant at = phase.equals("STARTED") ? step.startedAt : step.endedAt;
        // a step just started has no outcome yet: the event has always said "" then, never null
        return events.publish(c.departmentCode, new StepRecorded(step.caseId, step.id.toString(), step.kind, phase, at,
                step.outcome == null ? "" : step.outcome, actor));
    }
}
