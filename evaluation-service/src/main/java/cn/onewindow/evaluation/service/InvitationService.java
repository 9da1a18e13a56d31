package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.platform.persistence.DueScan;
import cn.onewindow.evaluation.model.EvaluationCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Invites the applicant to rate a case still not rated on both stages some days after delivery
 * (default 3, {@code onewindow.rating.invite-after-days}): once per case, a reminder with the same rating
 * link the applicant was sent at delivery, announced so the issuance window's notification outbox sends it.
 */
@ApplicationScoped
public class InvitationService {
    private static final Logger LOG = Logger.getLogger(InvitationService.class);
    /** The delivered cases, claimed 200 at a time (loaded in no particular order). */
    private static final DueScan<EvaluationCase> CASES = DueScan.of("evaluation_case", "case_id", 200,
            ids -> EvaluationCase.<EvaluationCase>list("caseId in ?1", ids));
    private final Clock clock;
    private final RatingLinks links;
    private final int afterDays;

    public InvitationService(Clock clock, RatingLinks links, RatingSettings settings) {
        this.clock = clock;
        this.links = links;
        this.afterDays = settings.inviteAfterDays();
    }

    @Scheduled(every = "${onewindow.rectification.scan-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(invite(), LOG, "rating invitations failed; next scan retries");
    }

    public Uni<Integer> invite() {
        Instant now = clock.instant();
        Instant deliveredBefore = now.minus(Duration.ofDays(afterDays));
        // :now is bound to the delivery time before which a case is due an invitation; invited_at is set through the entity
        return CASES.each("invited_at is null and delivered_at <= :now"
                        + " and (select count(*) from rating r where r.case_id = evaluation_case.case_id) < 2", deliveredBefore, c -> {
                    c.invitedAt = now;
                    return links.send(c.caseId, c.deliveredAt, now);
                })
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("invited %d applicants (delivered before %s) to rate", n, deliveredBefore);
                    }
                });
    }
}
