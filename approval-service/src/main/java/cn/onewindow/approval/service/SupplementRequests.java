package cn.onewindow.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.domain.SupplementRounds;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.ExaminationStep;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.SupplementRequested;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * 补正告知: the back office asks once for everything still missing or wrong; the request goes to the
 * window as one notice and the clock stops until the window reports the materials supplied. Asking again
 * after that is allowed only for a problem the newly supplied material raised, with its reason
 * ({@link SupplementRounds}); the round and reason are kept on the step and carried on the event.
 */
@ApplicationScoped
public class SupplementRequests {
    static final String SUPPLEMENT = "SUPPLEMENT";
    private final CaseClocks clocks;
    private final CaseEvents events;
    private final Clock clock;

    public SupplementRequests(CaseClocks clocks, CaseEvents events, Clock clock) {
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * In the caller's transaction, on an open case of the actor's department. Refused, with nothing changed, while
     * an earlier request is pending, and after one was supplied unless {@code declared} names a new problem in the
     * supplied material.
     */
    public Uni<ApprovalCase> request(ApprovalCase c, List<SupplementOrder.Material> materials,
                                     SupplementRounds.Declared declared, Actor actor) {
        Instant now = clock.instant();
        return ExaminationStep.<ExaminationStep>list("caseId = ?1 and kind = ?2", c.caseId, SUPPLEMENT)
                .flatMap(earlier -> {
                    boolean pending = earlier.stream().anyMatch(s -> s.endedAt == null);
                    int supplied = (int) earlier.stream().filter(s -> s.endedAt != null).count();
                    var verdict = SupplementRounds.check(supplied, pending, declared);
                    if (!verdict.allowed()) {
                        var r = verdict.refusal();
                        return Uni.createFrom().failure(new ProblemException(r.status, r.code, r.zh, r.en));
                    }
                    String reason = verdict.repeat() ? declared.reason().strip() : null;
                    var step = new ExaminationStep();
                    step.id = UUID.randomUUID();
                    step.caseId = c.caseId;
                    step.kind = SUPPLEMENT;
                    step.note = String.join("、", materials.stream().map(SupplementOrder.Material::name).toList());
                    step.startedAt = now;
                    step.startedBy = actor.userId();
                    step.requestRound = verdict.round();
                    step.repeatReason = reason;
                    var event = new SupplementRequested(c.caseId, c.departmentCode, materials.stream()
                            .map(m -> new SupplementRequested.RequestedMaterial(m.code(), m.name(), m.problem())).toList(), now, actor,
                            verdict.round(), verdict.repeat(), reason);
                    return step.persist()
                            .flatMap(x -> clocks.stop(c, SUPPLEMENT, actor))
                            .call(() -> events.publish(c.departmentCode, event));
                });
    }

    /**
     * The window reports owed materials supplied. When nothing is owed any more: a pending request
     * ends and its clock runs again; a 容缺 case is settled and will not be terminated.
     */
    public Uni<Void> supplied(String caseId, boolean complete, Actor actor) {
        if (!complete) {
            return Uni.createFrom().voidItem();
        }
        return ApprovalCase.<ApprovalCase>findById(caseId).flatMap(c -> {
            if (c == null || !c.open()) {
                return Uni.createFrom().voidItem(); // decided meanwhile (or never routed here): nothing to resume
            }
            if (c.deferredUntil != null) {
                c.deferralSettled = true;
            }
            return ExaminationStep.<ExaminationStep>find("caseId = ?1 and kind = ?2 and endedAt is null", caseId, SUPPLEMENT)
                    .firstResult().flatMap(step -> {
                        if (step == null) {
                            return Uni.createFrom().voidItem();
                        }
                        step.endedAt = clock.instant();
                        step.endedBy = actor == null ? "window" : actor.userId();
                        step.outcome = "SUPPLIED";
                        return clocks.resume(c, SUPPLEMENT, actor).replaceWithVoid();
                    });
        });
    }
}
