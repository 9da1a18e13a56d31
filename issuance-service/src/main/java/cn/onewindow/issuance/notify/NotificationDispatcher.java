package cn.onewindow.issuance.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import cn.onewindow.platform.persistence.MonitorFlags;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.persistence.SkipLocked;
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

    public Uni<Sent> dispatch() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> SkipLocked.ids("notification", "id::text",
                        "status = 'PENDING' and next_attempt_at <= :now", now, 50)
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Notification>of())
                        : Notification.<Notification>list("id in ?1", ids.stream().map(java.util.UUID::fromString).toList()))
                .flatMap(list -> {
                    Uni<Sent> chain = Uni.createFrom().item(new Sent(0, 0));
                    for (var n : list) {
                        chain = chain.flatMap(acc -> sendOne(n, now).map(ok -> ok ? new Sent(acc.sent() + 1, acc.failed())
                                : new Sent(acc.sent(), acc.failed() + 1)));
                    }
                    return chain;
                }));
    }

    private Uni<Boolean> sendOne(Notification n, Instant now) {
        var sender = senders.stream().filter(s -> s.channel().equals(n.channel)).findFirst().orElse(null);
        n.attempts++;
        if (sender == null) {
            return Uni.createFrom().item(failed(n, now, "no sender for channel " + n.channel));
        }
        // the contact is read here, the sender may block (file, HTTP): on a worker, back on this context
        // (plain SQL: Hibernate would plan a native select anew for every notice, SessionSql)
        return SessionSql.select("select phone, email from applicant_contact where case_id = $1", n.caseId)
                .map(rows -> rows.isEmpty() ? new Recipient(n.caseId, null, null)
                        : new Recipient(n.caseId, (String) rows.get(0)[0], (String) rows.get(0)[1]))
                .flatMap(recipient -> VertxContextSupport.executeBlocking(() -> {
                    try {
                        sender.send(recipient, subject(n), n.body);
                        return "";
                    } catch (Exception e) {
                        return e.toString();
                    }
                }))
                .flatMap(error -> {
                    if (!error.isEmpty()) {
                        return Uni.createFrom().item(failed(n, now, error));
                    }
                    n.status = Notification.SENT;
                    n.sentAt = now;
                    n.lastError = null;
                    if (!aboutTheResult(n)) {
                        return Uni.createFrom().item(true); // a fee or supplement notice tells nothing of the result
                    }
                    // the case counts as notified from the first notice sent: set beside the record's version, so a
                    // clerk handing the result out at this moment is not made to retry (#22, item 5)
                    return MonitorFlags.set("issuance_record", "case_id", n.caseId, "notified_at", now).replaceWith(true);
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
