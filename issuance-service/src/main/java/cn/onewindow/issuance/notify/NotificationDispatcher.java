package cn.onewindow.issuance.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.issuance.model.Notification;
import cn.onewindow.issuance.service.FeeNotices;
import cn.onewindow.issuance.service.PostalNotices;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Sends pending notices through the configured sender: claimed with SKIP LOCKED, sent off the event
 * loop, marked SENT (and the case notified) or retried with back-off; after {@code max-attempts} a
 * notice stays FAILED, listed for the issuance clerk to act on — never dropped.
 */
@ApplicationScoped
public class NotificationDispatcher {
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    private final Instance<NotificationSender> senders;
    private final Clock clock;
    private final int maxAttempts;
    /** The most notices one transaction claims and sends. */
    static final int BATCH = 50;
    /** The most batches one scheduled run sends: a run ends, and the next one starts from the then-due notices. */
    static final int ROUNDS_PER_RUN = 20;
    /**
     * The due notices, oldest due first, claimed with SKIP LOCKED (another instance's claims are passed over, never
     * waited for). In due order the partial index {@code notification_due} finds them and stops at the limit; in id
     * order every due notice was read and sorted on each claim — 150 ms a claim once a backlog had built up (session 24).
     */
    private static final String DUE = "select id from notification where status = 'PENDING' and next_attempt_at <= $1 "
            + "order by next_attempt_at limit $2 for update skip locked";

    public NotificationDispatcher(Instance<NotificationSender> senders, Clock clock, NotificationSettings settings) {
        this.senders = senders;
        this.clock = clock;
        this.maxAttempts = settings.maxAttempts();
    }

    public record Sent(int sent, int failed) {
    }

    @Scheduled(every = "${onewindow.notifications.dispatch-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return dispatch().onFailure().invoke(e -> LOG.warn("notification dispatch failed; next run retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Sends what is due, a claimed batch per transaction, until a batch comes back short (at most {@link #ROUNDS_PER_RUN}
     * batches a run): at a busy hour more than one batch of notices falls due between two runs, and a single batch per
     * run would leave the rest waiting ever longer.
     */
    public Uni<Sent> dispatch() {
        return dispatchFrom(new Sent(0, 0), 1);
    }

    private Uni<Sent> dispatchFrom(Sent before, int round) {
        return dispatchBatch().flatMap(batch -> {
            var total = new Sent(before.sent() + batch.sent(), before.failed() + batch.failed());
            return batch.sent() + batch.failed() < BATCH || round >= ROUNDS_PER_RUN ? Uni.createFrom().item(total)
                    : dispatchFrom(total, round + 1);
        });
    }

    /**
     * One batch in one transaction: the notices claimed, their applicants' contacts read in one statement, each sent,
     * then the cases told of their result marked notified in one statement; the notices' own rows are written at the
     * commit (one batch of updates).
     */
    private Uni<Sent> dispatchBatch() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> SessionSql.select(DUE, now, BATCH)
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Notification>of())
                        : Notification.<Notification>list("id in ?1", ids.stream().map(row -> (UUID) row[0]).toList()))
                .flatMap(list -> list.isEmpty() ? Uni.createFrom().item(new Sent(0, 0)) : contactsOf(list).flatMap(contacts -> {
                    List<String> notified = new ArrayList<>();
                    Uni<Sent> chain = Uni.createFrom().item(new Sent(0, 0));
                    for (var n : list) {
                        chain = chain.flatMap(acc -> sendOne(n, contacts.getOrDefault(n.caseId, new Recipient(n.caseId, null, null)), now)
                                .map(ok -> {
                                    if (ok && aboutTheResult(n)) {
                                        notified.add(n.caseId);
                                    }
                                    return ok ? new Sent(acc.sent() + 1, acc.failed()) : new Sent(acc.sent(), acc.failed() + 1);
                                }));
                    }
                    return chain.call(() -> markNotified(notified, now));
                })));
    }

    /** The applicants' contacts for a batch's notices, by case (plain SQL: Hibernate would plan a native select anew, SessionSql). */
    private static Uni<Map<String, Recipient>> contactsOf(List<Notification> notices) {
        String[] cases = notices.stream().map(n -> n.caseId).distinct().toArray(String[]::new);
        return SessionSql.select("select case_id, phone, email from applicant_contact where case_id = any($1::text[])", (Object) cases)
                .map(rows -> {
                    Map<String, Recipient> byCase = new HashMap<>();
                    rows.forEach(row -> byCase.put((String) row[0], new Recipient((String) row[0], (String) row[1], (String) row[2])));
                    return byCase;
                });
    }

    /**
     * The case counts as notified from the first notice sent: set beside the record's version, so a clerk handing the
     * result out at this moment is not made to retry (#22, item 5; {@link cn.onewindow.platform.persistence.MonitorFlags}).
     */
    private static Uni<Void> markNotified(List<String> cases, Instant now) {
        return cases.isEmpty() ? Uni.createFrom().voidItem()
                : SessionSql.update("update issuance_record set notified_at = $1 where case_id = any($2::text[]) and notified_at is null",
                        now, cases.toArray(String[]::new)).replaceWithVoid();
    }

    /** Sends one notice to its applicant; the sender may block (file, HTTP): on a worker, back on this context. */
    private Uni<Boolean> sendOne(Notification n, Recipient recipient, Instant now) {
        var sender = senders.stream().filter(s -> s.channel().equals(n.channel)).findFirst().orElse(null);
        n.attempts++;
        if (sender == null) {
            return Uni.createFrom().item(failed(n, now, "no sender for channel " + n.channel));
        }
        return VertxContextSupport.executeBlocking(() -> {
                    try {
                        sender.send(recipient, subject(n), n.body);
                        return "";
                    } catch (Exception e) {
                        return e.toString();
                    }
                })
                .map(error -> {
                    if (!error.isEmpty()) {
                        return failed(n, now, error);
                    }
                    n.status = Notification.SENT;
                    n.sentAt = now;
                    n.lastError = null;
                    return true;
                });
    }

    /** The subject line (an e-mail's; the SMS gateway ignores it). */
    static String subject(Notification n) {
        return (n.kind.startsWith(FeeNotices.KIND) ? "缴费通知 " : n.kind.startsWith(PostalNotices.SUPPLEMENT) ? "补正告知 "
                : "办理结果通知 ") + n.caseId;
    }

    /** Notices sent while the case is still examined (a fee, a supplement) do not tell the applicant of the result. */
    static boolean aboutTheResult(Notification n) {
        return !n.kind.startsWith(FeeNotices.KIND) && !n.kind.startsWith(PostalNotices.SUPPLEMENT);
    }

    private boolean failed(Notification n, Instant now, String error) {
        n.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (n.attempts >= maxAttempts) {
            n.status = Notification.FAILED;
            LOG.warnf("notice for case %s failed %d times and needs the issuance clerk: %s", n.caseId, n.attempts, n.lastError);
        } else {
            n.nextAttemptAt = now.plus(Duration.ofSeconds(Math.min(3600, 5L << Math.min(n.attempts, 10))));
        }
        return false;
    }
}
