package cn.onewindow.issuance.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * A notice queued before the applicant's contact is here. The contact arrives on its own topic, so a department quick
 * enough (a fee set a second after the take-in) can be read first: such a notice is kept PENDING with no due time
 * ({@code next_attempt_at} 'infinity': the dispatcher never picks it) and becomes due when the contact arrives — or, for
 * a notice only a postal applicant is sent (a supplement request), is dropped when the contact shows the applicant came
 * to the window. A case whose applicant left no contact keeps it unsent (it still shows in the applicant's own list);
 * intake's tombstone of the contact removes what is still waiting.
 * <p>
 * The notice's path (read the contact, queue) and the contact's (write it, release what waits) run in separate inbox
 * transactions under read committed: each could miss the other's uncommitted row and leave a notice waiting for ever.
 * Both take {@link #lock} on the case first, in their own transaction, so the later one reads what the earlier committed.
 */
@ApplicationScoped
public class NoticesAwaitingContact {
    /** The first key of the advisory lock on a case's contact and its waiting notices (Inbox 1_600_204, EarlyHandovers 1_600_206). */
    static final int LOCK_CLASS = 1_600_207;
    private static final String INSERT = "insert into notification (id, case_id, kind, channel, recipient, body, status, attempts, "
            + "next_attempt_at, created_at) values ($1, $2, $3, $4, $5, $6, 'PENDING', 0, %s, $7) on conflict (case_id, kind) do nothing";
    private static final String WAITING = "status = 'PENDING' and next_attempt_at = 'infinity'";

    /**
     * Locks the case's contact against its notices for the transaction: taken before a notice reads the contact, and before
     * the contact is written or erased (the other path's row is committed, or not yet begun, once it is held).
     */
    public static Uni<Void> lock(String caseId) {
        return SessionSql.select("select 1 from (select pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext($1))) l", caseId)
                .replaceWithVoid();
    }

    /** Queues a notice, due now when {@code reachable} (the contact is here), otherwise waiting for it. */
    public Uni<Void> queue(String caseId, String kind, String channel, String body, Instant now, boolean reachable) {
        return SessionSql.update(INSERT.formatted(reachable ? "$7" : "'infinity'"), UUID.randomUUID(), caseId, kind, channel,
                "applicant-" + caseId, body, now).replaceWithVoid();
    }

    /** The contact arrived: what waited for it is due now; a postal-only notice is dropped for an applicant at the window. */
    public Uni<Void> contactRecorded(String caseId, boolean postal, Instant now) {
        return SessionSql.update("update notification set next_attempt_at = $2 where case_id = $1 and " + WAITING
                        + (postal ? "" : " and kind not like '" + PostalNotices.SUPPLEMENT + "%'"), caseId, now)
                .flatMap(n -> postal ? Uni.createFrom().item(0) : SessionSql.update("delete from notification where case_id = $1 and "
                        + WAITING + " and kind like '" + PostalNotices.SUPPLEMENT + "%'", caseId))
                .replaceWithVoid();
    }

    /** The contact was erased: nothing still waiting for it will ever be sent. */
    public Uni<Void> contactErased(String caseId) {
        return SessionSql.update("delete from notification where case_id = $1 and " + WAITING, caseId).replaceWithVoid();
    }
}
