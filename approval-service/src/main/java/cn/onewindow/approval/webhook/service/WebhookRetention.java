package cn.onewindow.approval.webhook.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.platform.persistence.DueScan;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Forgets kept events once they are older than {@code onewindow.webhooks.retention} (30 days) and every webhook of their
 * department has acknowledged them: replay reaches back that far. An event a webhook still owes its receiver is kept
 * however old it is — a receiver down for longer than the retention still gets everything. The events themselves stay
 * in the trail and on the topics; only the webhooks' copy goes.
 *
 * <p>A run deletes in batches, each its own statement (and so its own short transaction, holding few locks), until a
 * batch finds less than a full batch: a busy hall keeps more than one batch an hour, and a receiver that comes back after
 * weeks releases its whole backlog at once. A run stops after {@link #MAX_BATCHES} all the same, so it cannot occupy the
 * database for long; the next run goes on.
 */
@ApplicationScoped
public class WebhookRetention {
    static final int BATCH = 10_000;
    static final int MAX_BATCHES = 100;
    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);
    private static final String PRUNE = "delete from webhook_delivery where seq in (select d.seq from webhook_delivery d "
            + "where d.recorded_at < $1 and d.position is not null and not exists (select 1 from webhook_subscription s "
            + "where s.department_code = d.department_code and s.cursor_position < d.position) limit $2)";

    private final Pool pool;
    private final Clock clock;
    private final Duration retention;

    public WebhookRetention(Pool pool, Clock clock, WebhookSettings settings) {
        this.pool = pool;
        this.clock = clock;
        this.retention = settings.retention();
    }

    @Scheduled(every = "${onewindow.webhooks.prune-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(prune().invoke(n -> {
            if (n > 0) {
                LOG.infof("forgot %d webhook events delivered and older than %s", n, retention);
            }
        }), LOG, "webhook retention failed; the next run retries");
    }

    /** Deletes what is past the retention and acknowledged everywhere (at most {@link #MAX_BATCHES} batches); how many. */
    public Uni<Integer> prune() {
        return pruneFrom(clock.instant().minus(retention), 0, 0);
    }

    private Uni<Integer> pruneFrom(Instant before, int batches, int forgotten) {
        return pool.preparedQuery(PRUNE).execute(Tuple.of(before.atOffset(ZoneOffset.UTC), BATCH)).flatMap(deleted -> {
            int total = forgotten + deleted.rowCount();
            if (deleted.rowCount() < BATCH) {
                return Uni.createFrom().item(total);
            }
            if (batches + 1 == MAX_BATCHES) {
                LOG.infof("webhook retention stopped after %d events; the next run goes on", total);
                return Uni.createFrom().item(total);
            }
            return pruneFrom(before, batches + 1, total);
        });
    }
}
