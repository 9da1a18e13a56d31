package cn.onewindow.intake.commitment.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.events.CommitmentFoundFalse;
import cn.onewindow.intake.credit.service.CreditService;
import cn.onewindow.intake.takein.model.IntakeCase;
import io.smallrye.mutiny.Uni;

/**
 * 承诺不实: the department found a commitment false, so the applicant goes on the hall's credit list as blacklisted
 * (失信), with the finding as the reason and the case and material as the source. Intake alone holds the applicant's
 * number, so intake does it; runs in the inbox transaction of the event, so a repeated event changes nothing more.
 */
@ApplicationScoped
public class FalseCommitments {
    private static final Logger LOG = Logger.getLogger(FalseCommitments.class);
    private final CreditService credit;

    public FalseCommitments(CreditService credit) {
        this.credit = credit;
    }

    public Uni<Void> found(CommitmentFoundFalse f) {
        return IntakeCase.<IntakeCase>findById(f.caseId()).flatMap(c -> {
            if (c == null) {
                // not a case of this window (another hall's): nothing to put on this hall's list
                LOG.warnf("commitment found false for case %s, unknown here: nothing blacklisted", f.caseId());
                return Uni.createFrom().voidItem();
            }
            String reason = "告知承诺不实（" + f.departmentCode() + "核查）：" + f.note();
            String actor = f.actor() == null ? f.departmentCode()
                    : f.actor().username() != null ? f.actor().username() : f.actor().userId();
            return credit.blacklist(new CreditService.FalseCommitment(c.applicantId, c.applicantName, c.applicantKind, reason,
                    f.caseId(), f.materialCode(), actor, f.foundAt())).replaceWithVoid();
        });
    }
}
