package cn.onewindow.intake.takein.service;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Forgets the answers kept for resent take-ins once no client will resend them. A window client resends
 * a submission within seconds or minutes of a lost answer; the answer is kept for
 * {@code onewindow.intake.submission-retention} (a week) and then deleted. The case itself, its events
 * and its trail are never touched: only the replay copy of the first answer goes.
 */
@ApplicationScoped
public class SubmissionRetention {
    private static final Logger LOG = Logger.getLogger(SubmissionRetention.class);

    private final Clock clock;
    private final Duration retention;

    public SubmissionRetention(Clock clock, RetentionSettings settings) {
        this.clock = clock;
        this.retention = settings.submissionRetention();
    }

    @Scheduled(every = "${onewindow.intake.submission-prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return prune().invoke(n -> {
            if (n > 0) {
                LOG.infof("forgot %d take-in answers kept for resends (older than %s)", n, retention);
            }
        }).replaceWithVoid();
    }

    /** Deletes the kept answers older than the retention; returns how many. */
    @WithTransaction
    public Uni<Integer> prune() {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("delete from intake_submission where submitted_at < :before")
                .setParameter("before", clock.instant().minus(retention))
                .executeUpdate());
    }
}
