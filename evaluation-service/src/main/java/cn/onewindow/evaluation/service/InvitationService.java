package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.onewindow.common.persistence.SkipLocked;
import cn.onewindow.evaluation.model.EvaluationCase;
import io.quarkus.hibernate.reactive.panache.Panache;
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
    private final Clock clock;
    private final RatingLinks links;
    private final int afterDays;

    public InvitationService(Clock clock, RatingLinks links,
                             @ConfigProperty(name = "onewindow.rating.invite-after-days", defaultValue = "3") int afterDays) {
        this.clock = clock;
        this.links = links;
        this.afterDays = afterDays;
    }

    @Scheduled(every = "${onewindow.rectification.scan-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return invite().onFailure().invoke(e -> LOG.warn("rating invitations failed; next scan retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public Uni<Integer> invite() {
        Instant now = clock.instant();
        Instant deliveredBefore = now.minus(Duration.ofDays(afterDays));
        return Panache.withTransaction(() -> SkipLocked.ids("evaluation_case", "case_id",
                        // :now is bound to the delivery time before which a case is due an invitation
                        "invited_at is null and delivered_at <= :now"
                                + " and (select count(*) from rating r where r.case_id = evaluation_case.case_id) < 2", deliveredBefore, 200)
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<EvaluationCase>of())
                        : EvaluationCase.<EvaluationCase>list("caseId in ?1", ids))
                .flatMap(list -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (var c : list) {
                        c.invitedAt = now;
                        chain = chain.call(() -> links.send(c.caseId, c.deliveredAt, now));
                    }
                    return chain.replaceWith(list.size());
                }))
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("invited %d applicants (delivered before %s) to rate", n, deliveredBefore);
                    }
                });
    }
}
