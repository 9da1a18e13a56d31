package cn.onewindow.intake.takein.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.events.ContactErased;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.SkipLocked;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Erases the applicant's phone and e-mail once the case no longer needs them (#20, item 11). The contact topic
 * is compacted, so without a tombstone it would keep the last contact of every case for ever: when issuance has
 * handed the result out ({@link #delivered}) and {@code onewindow.intake.contact-retention} has passed (a week),
 * the contact topic gets a tombstone (the case key, no value; issuance deletes its copy on it) and the window's
 * own copy is cleared.
 *
 * <p>Why not at the delivery itself: the applicant is still written to after it — evaluation's invitation to
 * rate an unrated case comes {@code onewindow.rating.invite-after-days} (3) days later and goes out as an
 * issuance notice to this contact, retried for up to an hour. The retention must stay longer than that.
 */
@ApplicationScoped
public class ContactErasure {
    private static final Logger LOG = Logger.getLogger(ContactErasure.class);
    static final int BATCH = 500;

    private final Outbox outbox;
    private final Clock clock;
    private final Duration retention;

    public ContactErasure(Outbox outbox, Clock clock, RetentionSettings settings) {
        this.outbox = outbox;
        this.clock = clock;
        this.retention = settings.contactRetention();
    }

    /** The result was handed out: the contact's retention counts from here. Runs in the inbox's transaction. */
    public Uni<Void> delivered(ResultDelivered d) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "update intake_case set delivered_at = :at where case_id = :c and delivered_at is null")
                .setParameter("at", d.deliveredAt()).setParameter("c", d.caseId()).executeUpdate()).replaceWithVoid();
    }

    @Scheduled(every = "${onewindow.intake.contact-erase-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return erase().invoke(n -> {
            if (n > 0) {
                LOG.infof("erased the contact of %d cases delivered before %s", n, clock.instant().minus(retention));
            }
        }).replaceWithVoid();
    }

    /**
     * Tombstones the contacts of the cases delivered longer than the retention ago and clears the window's copy,
     * up to {@value #BATCH} cases a run; returns how many. Rows are claimed with SKIP LOCKED, so several
     * instances never erase one case twice.
     */
    public Uni<Integer> erase() {
        Instant deliveredBefore = clock.instant().minus(retention);
        return Panache.withTransaction(() -> SkipLocked.ids("intake_case", "case_id",
                        // SkipLocked binds :now; here it is the latest delivery whose contact may go
                        "delivered_at <= :now and contact_erased_at is null"
                                + " and (contact_phone is not null or contact_email is not null)", deliveredBefore, BATCH)
                .call(ids -> SkipLocked.inOrder(ids, this::eraseOne))
                .map(java.util.List::size));
    }

    private Uni<Integer> eraseOne(String caseId) {
        return outbox.publish(new ContactErased(caseId))
                .flatMap(id -> Panache.getSession().flatMap(s -> s.createNativeQuery("update intake_case set contact_phone = null, "
                                + "contact_email = null, contact_erased_at = :at where case_id = :c")
                        .setParameter("at", clock.instant()).setParameter("c", caseId).executeUpdate()
                        // the outbox's copies of the contact, already relayed, go too: the database keeps no phone either
                        .call(() -> s.createNativeQuery("update outbox_event set payload = null where aggregate_type = "
                                        + "'applicant-contact' and aggregate_id = :c and published_at is not null")
                                .setParameter("c", caseId).executeUpdate())));
    }
}
