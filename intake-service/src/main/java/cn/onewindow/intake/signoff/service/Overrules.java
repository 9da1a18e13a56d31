package cn.onewindow.intake.signoff.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.onewindow.intake.signoff.model.SignOff;
import cn.onewindow.intake.signoff.rules.SignOffRules;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.intake.takein.service.TakeInResult;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * A take-in resting on an overruled sign-off (窗口无否决权): the mid desk or the chief representative said the window's
 * return or refusal was wrong, so the clerk takes the same file in — once, for the same applicant, items and hall, with
 * no problem the signer did not see. The sign-off's row is locked for the take-in's transaction: two take-ins naming it
 * at once use it once. Called by TakeInService only for a request naming one.
 */
@ApplicationScoped
public class Overrules {
    private final SignOffs signOffs;
    private final Clock clock;

    public Overrules(SignOffs signOffs, Clock clock) {
        this.signOffs = signOffs;
        this.clock = clock;
    }

    /**
     * Checks the overrule for {@code file}, takes the file in through {@code proceed} and, when a case was taken in,
     * marks the sign-off used by it in the take-in's own writes (the case number is filled in by them). Nothing taken in
     * (a one-time notice: something is missing) leaves the overrule unused; the same return or refusal asked for again
     * is refused — it was overruled (409 sign-off-overruled).
     */
    public Uni<TakeInResult> takeIn(String signOffId, SignOffRules.File file, Pipeline writes,
                                    Supplier<Uni<TakeInResult>> proceed) {
        return locked(signOffId).flatMap(s -> {
            var refused = SignOffRules.allows(s, file);
            if (refused != null) {
                return Uni.createFrom().failure(refused);
            }
            return proceed.get().invoke(result -> {
                if (result instanceof TakeInResult.SignOffPending again && again.kind().equals(s.kind)) {
                    throw ProblemException.conflict("sign-off-overruled",
                            "该文件的退回或拒绝已被否决（" + s.decidedByName + "），不能再次提出，请予受理",
                            "This file's return or refusal was overruled (by " + s.decidedByName + "): take it in");
                }
                if (result instanceof TakeInResult.CasesTakenIn taken) {
                    var more = SignOffRules.coversProblems(signOffs.problems(s), SignOffRules.keys(taken.problems()));
                    if (more != null) {
                        throw more;
                    }
                    writes.add("update sign_off set used_case_id = $1, used_at = $2 where id = $3 and used_case_id is null",
                            taken.bundleId() != null ? taken.bundleId() : taken.intakeCase().caseId, clock.instant(), s.id);
                }
            });
        });
    }

    /**
     * Whether an overrule grants the 容缺 the rules refused: the request names a sign-off that overruled a 容缺 refusal
     * (already locked by {@link #takeIn}) and the file lacks nothing the signer did not see (else 422
     * sign-off-other-file). False without one, or for an overrule of another kind (a new refusal is then signed off).
     */
    public Uni<Boolean> allowsDeferral(String signOffId, List<MaterialCheck.Problem> problems) {
        if (signOffId == null) {
            return Uni.createFrom().item(false);
        }
        return locked(signOffId).map(s -> {
            if (!SignOffRules.DEFERRAL_REFUSED.equals(s.kind) || !SignOff.OVERRULED.equals(s.status)) {
                return false;
            }
            var more = SignOffRules.coversProblems(signOffs.problems(s), SignOffRules.keys(problems));
            if (more != null) {
                throw more;
            }
            return true;
        });
    }

    private static Uni<SignOff> locked(String signOffId) {
        return SignOff.<SignOff>findById(UUID.fromString(signOffId), LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ProblemException(422, "unknown-sign-off",
                        "没有这个待审核事项：" + signOffId, "No sign-off with id " + signOffId));
    }
}
