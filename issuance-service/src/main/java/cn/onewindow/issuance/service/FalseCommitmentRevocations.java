package cn.onewindow.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CommitmentFoundFalse;
import cn.onewindow.contracts.vocabulary.RevocationSource;
import io.smallrye.mutiny.Uni;

/**
 * 承诺不实: a result granted on a commitment found false does not stand — the case's e-certificate is revoked with the
 * department's finding as the reason and {@link RevocationSource#COMMITMENT_FOUND_FALSE} as the source. In the inbox
 * transaction of the event; revoking twice changes nothing ({@link CertificateService#revokeForCase}), so a repeat, or
 * a second material of the same case found false, revokes once.
 */
@ApplicationScoped
public class FalseCommitmentRevocations {
    private static final Logger LOG = Logger.getLogger(FalseCommitmentRevocations.class);
    /** The revocation's reason has room for 500 characters; the finding is cut to fit after the prefix. */
    private static final int NOTE_ROOM = 440;
    private final CertificateService certificates;

    public FalseCommitmentRevocations(CertificateService certificates) {
        this.certificates = certificates;
    }

    public Uni<Void> found(CommitmentFoundFalse f) {
        String note = f.note().length() > NOTE_ROOM ? f.note().substring(0, NOTE_ROOM) + "…" : f.note();
        String reason = "告知承诺不实（材料" + f.materialCode() + "，" + f.departmentCode() + "核查）：" + note;
        Actor actor = f.actor() != null ? f.actor() : Actor.system("approval-service");
        return certificates.revokeForCase(f.caseId(), reason, RevocationSource.COMMITMENT_FOUND_FALSE, actor)
                .invoke(r -> {
                    if (r == null) {
                        LOG.warnf("commitment found false for case %s: no e-certificate here to revoke", f.caseId());
                    }
                }).replaceWithVoid();
    }
}
