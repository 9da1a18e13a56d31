package cn.onewindow.approval.webhook.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.approval.webhook.domain.Backoff;
import cn.onewindow.approval.webhook.domain.WebhookSecret;
import cn.onewindow.approval.webhook.service.WebhookSender.Delivery;
import cn.onewindow.platform.persistence.DueScan;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Pushes the kept events to the webhooks, round by round: numbers what has become safe to number
 * ({@link WebhookNumbering}), takes the webhooks that have events after their cursor and are not waiting out a
 * back-off, and sends each its events one at a time in position order. The cursor moves only past an event the
 * receiver acknowledged with a 2xx, recorded before the next is sent, so nothing is skipped and an acknowledged event is
 * sent again only if this service stops between the answer and that record. The first failure ends the webhook's turn:
 * it is recorded (shown on {@code GET /api/department/webhooks/{id}}) with the next attempt after an exponential
 * back-off, and that attempt sends the same event again.
 *
 * <p>No transaction is held while a receiver answers. A round takes its webhooks with a lease ({@code SKIP LOCKED}, so
 * several instances share them and never send to one webhook at once), renews it when the webhook's turn starts (a
 * round serves {@code parallel-webhooks} at a time, so a webhook may wait for its turn longer than the lease: one whose
 * lease ran out is skipped, as another instance may have taken it) and with every acknowledgement, and gives it back at
 * the end; a crashed instance's lease runs out and another carries on from the recorded cursor. Every record is guarded
 * by the lease and the cursor it expected: a webhook deleted, replayed or taken over meanwhile ends its turn, and a
 * failure does not put a back-off on a replay made while its request was out.
 */
@ApplicationScoped
public class WebhookWorker {
    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    /** The events read at a time for one webhook. */
    private static final int PAGE = 50;
    private static final String CLAIM = "update webhook_subscription s set lease_token = $1, lease_until = $2 "
            + "where s.id in (select w.id from webhook_subscription w where (w.lease_until is null or w.lease_until <= $3) "
            + "and (w.next_attempt_at is null or w.next_attempt_at <= $3) "
            + "and exists (select 1 from webhook_delivery d where d.department_code = w.department_code "
            + "and d.position > w.cursor_position) "
            + "order by w.next_attempt_at nulls first, w.id limit $4 for update of w skip locked) "
            + "returning s.id, s.department_code, s.url, s.secret, s.cursor_position, s.consecutive_failures";
    /**
     * The turn's start: the lease renewed if it is still this round's and has not run out (a lease that ran out may
     * have been taken by another instance's round, which then sends), with the cursor as it is now (a replay may have
     * moved it since the claim).
     */
    private static final String RENEW = "update webhook_subscription set lease_until = $3 "
            + "where id = $1 and lease_token = $2 and lease_until > $4 returning cursor_position, consecutive_failures";
    private static final String NEXT = "select position, event_id, event_type, source, case_id, occurred_at, data "
            + "from webhook_delivery where department_code = $1 and position > $2 order by position limit $3";
    private static final String ACKNOWLEDGED = "update webhook_subscription set cursor_position = $4, consecutive_failures = 0, "
            + "last_attempt_at = $5, last_success_at = $5, next_attempt_at = null, lease_until = $6 "
            + "where id = $1 and lease_token = $2 and cursor_position = $3";
    private static final String FAILED = "update webhook_subscription set consecutive_failures = consecutive_failures + 1, "
            + "last_error = $3, last_error_at = $4, last_attempt_at = $4, next_attempt_at = $5, lease_token = null, "
            + "lease_until = null where id = $1 and lease_token = $2 and cursor_position = $6";
    private static final String RELEASE = "update webhook_subscription set lease_token = null, lease_until = null "
            + "where id = $1 and lease_token = $2";

    private final Pool pool;
    private final Clock clock;
    private final WebhookNumbering numbering;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Backoff backoff;
    /** Longer than any one request can take, renewed with each acknowledgement. */
    private final Duration lease;

    public WebhookWorker(Pool pool, Clock clock, WebhookNumbering numbering, WebhookSender sender, WebhookSettings settings) {
        this.pool = pool;
        this.clock = clock;
        this.numbering = numbering;
        this.sender = sender;
        this.settings = settings;
        this.backoff = new Backoff(settings.backoffFirst(), settings.backoffCap());
        this.lease = settings.connectTimeout().plus(settings.requestTimeout()).plusSeconds(30);
    }

    /**
     * What one round did: events numbered, webhooks taken, events acknowledged, webhooks that failed, webhooks skipped
     * because their lease ran out before their turn.
     */
    public record Round(int numbered, int webhooks, int delivered, int failed, int skipped) {
    }

    /** One webhook taken for this round. */
    private record Claimed(UUID id, String department, String url, String secret, long cursor, int failures, UUID lease) {
        Claimed now(long cursor, int failures) {
            return new Claimed(id, department, url, secret, cursor, failures, lease);
        }
    }

    /** What one webhook's turn did. */
    private record Turn(int delivered, boolean failed, boolean skipped) {
        Turn(int delivered, boolean failed) {
            this(delivered, failed, false);
        }
    }

    @Scheduled(every = "${onewindow.webhooks.deliver-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(round(), LOG, "webhook round failed; the next one retries");
    }

    /** One round at the clock's current instant. */
    public Uni<Round> round() {
        return numbering.number().flatMap(numbered -> claim().flatMap(claimed -> Multi.createFrom().iterable(claimed)
                .onItem().transformToUni(this::turn).merge(settings.parallelWebhooks())
                .collect().asList()
                .map(turns -> new Round(numbered, claimed.size(), turns.stream().mapToInt(Turn::delivered).sum(),
                        (int) turns.stream().filter(Turn::failed).count(), (int) turns.stream().filter(Turn::skipped).count()))));
    }

    private Uni<List<Claimed>> claim() {
        Instant now = clock.instant();
        UUID token = UUID.randomUUID();
        return pool.preparedQuery(CLAIM).execute(tuple(token, at(now.plus(lease)), at(now), settings.webhooksPerRound()))
                .map(rows -> {
                    List<Claimed> claimed = new ArrayList<>();
                    for (Row r : rows) {
                        claimed.add(new Claimed(r.getUUID("id"), r.getString("department_code"), r.getString("url"),
                                r.getString("secret"), r.getLong("cursor_position"), r.getInteger("consecutive_failures"), token));
                    }
                    return claimed;
                });
    }

    private Uni<Turn> turn(Claimed claimed) {
        Instant now = clock.instant();
        return pool.preparedQuery(RENEW).execute(tuple(claimed.id(), claimed.lease(), at(now.plus(lease)), at(now)))
                .flatMap(renewed -> {
                    if (renewed.size() == 0) {
                        LOG.debugf("webhook %s (%s): the lease ran out before its turn; skipped", claimed.id(), claimed.department());
                        return Uni.createFrom().item(new Turn(0, false, true));
                    }
                    Row r = renewed.iterator().next();
                    return sendTurn(claimed.now(r.getLong("cursor_position"), r.getInteger("consecutive_failures")));
                })
                .onFailure().recoverWithItem(e -> {
                    // the database failed under the turn: the lease runs out and a later round carries on from the cursor
                    LOG.warnf("webhook %s (%s): turn broken off: %s", claimed.id(), claimed.department(), e.toString());
                    return new Turn(0, false);
                });
    }

    private Uni<Turn> sendTurn(Claimed w) {
        byte[] key;
        try {
            key = WebhookSecret.key(w.secret());
        } catch (IllegalArgumentException e) {
            // registration refuses such a secret; one changed in the database by hand is reported, not sent with
            String error = "the stored secret is unusable: it " + e.getMessage();
            return failed(w, w.cursor(), w.failures(), clock.instant(), error, error).replaceWith(new Turn(0, true));
        }
        return sendFrom(w, key, w.cursor(), 0)
                .call(turn -> turn.failed() ? Uni.createFrom().voidItem() : release(w));
    }

    /** Sends the events after {@code cursor}, a page at a time, until none is left, the turn is used up or one fails. */
    private Uni<Turn> sendFrom(Claimed w, byte[] key, long cursor, int delivered) {
        int room = settings.eventsPerRound() - delivered;
        if (room <= 0) {
            return Uni.createFrom().item(new Turn(delivered, false));
        }
        return pool.preparedQuery(NEXT).execute(tuple(w.department(), cursor, Math.min(room, PAGE))).flatMap(rows -> {
            List<Delivery> page = new ArrayList<>();
            for (Row r : rows) {
                page.add(new Delivery(r.getLong("position"), r.getString("event_id"), r.getString("event_type"),
                        r.getString("source"), r.getString("case_id"), r.getOffsetDateTime("occurred_at").toInstant(),
                        r.getString("data")));
            }
            return page.isEmpty() ? Uni.createFrom().item(new Turn(delivered, false)) : sendPage(w, key, page, 0, cursor, delivered);
        });
    }

    private Uni<Turn> sendPage(Claimed w, byte[] key, List<Delivery> page, int i, long cursor, int delivered) {
        if (i == page.size()) {
            return sendFrom(w, key, cursor, delivered);
        }
        Delivery d = page.get(i);
        Instant now = clock.instant();
        return sender.send(w.url(), key, d, now).flatMap(outcome -> {
            if (!outcome.acknowledged()) {
                // an acknowledgement earlier in this turn ended the previous run of failures
                return failed(w, cursor, delivered > 0 ? 0 : w.failures(), now, outcome.error(), outcome.detail())
                        .replaceWith(new Turn(delivered, true));
            }
            if (delivered == 0 && w.failures() > 0) {
                LOG.infof("webhook %s (%s) acknowledges again after %d failed attempts", w.id(), w.department(), w.failures());
            }
            return pool.preparedQuery(ACKNOWLEDGED).execute(tuple(w.id(), w.lease(), cursor, d.position(), at(now), at(now.plus(lease))))
                    .flatMap(recorded -> recorded.rowCount() == 1 ? sendPage(w, key, page, i + 1, d.position(), delivered + 1)
                            // deleted, replayed or taken over since: its next turn starts from what is recorded now
                            : Uni.createFrom().item(new Turn(delivered + 1, false)));
        });
    }

    /**
     * Records a failure after {@code cursor} and gives the lease back. When the cursor moved meanwhile (a replay while
     * the request was out), the failure concerned an event the webhook no longer waits for: the replay's "from the next
     * round on" stands, without a back-off, and only the lease is given back.
     */
    private Uni<Void> failed(Claimed w, long cursor, int failuresBefore, Instant now, String error, String detail) {
        int failures = failuresBefore + 1;
        Instant next = now.plus(backoff.after(failures));
        return pool.preparedQuery(FAILED).execute(tuple(w.id(), w.lease(), error, at(now), at(next), cursor)).flatMap(recorded -> {
            if (recorded.rowCount() == 1) {
                LOG.warnf("webhook %s (%s): delivery after position %d failed (%s: %s), %d in a row; next attempt at %s",
                        w.id(), w.department(), cursor, error, detail, failures, next);
                return Uni.createFrom().voidItem();
            }
            LOG.infof("webhook %s (%s): delivery after position %d failed (%s: %s) while the webhook was replayed, "
                    + "deleted or taken over; not recorded", w.id(), w.department(), cursor, error, detail);
            return release(w);
        });
    }

    private Uni<Void> release(Claimed w) {
        return pool.preparedQuery(RELEASE).execute(tuple(w.id(), w.lease())).replaceWithVoid();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Tuple tuple(Object... values) {
        Tuple t = Tuple.tuple();
        for (Object v : values) {
            t.addValue(v);
        }
        return t;
    }
}
