package cn.onewindow.issuance.messaging;

import java.util.Set;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.ContactErased;
import cn.onewindow.contracts.events.ContactRecorded;
import cn.onewindow.contracts.vocabulary.Channel;
import cn.onewindow.issuance.service.NoticesAwaitingContact;
import cn.onewindow.platform.inbox.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps how each applicant is reached, for the notices (the last record of a case wins), and forgets it when
 * intake erases it: the tombstone (the case key with no value, {@link EventTypes#CONTACT_ERASED}) that
 * intake sends once the case's last notice is past deletes the row, so no phone number or e-mail outlives
 * its use here either. A tombstone is applied once through the inbox like any event, never dead-lettered.
 */
@ApplicationScoped
public class ContactEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.CONTACT_RECORDED, EventTypes.CONTACT_ERASED);

    private final Inbox inbox;
    private final Clock clock;
    private final NoticesAwaitingContact waiting;

    public ContactEventsConsumer(Inbox inbox, Clock clock, NoticesAwaitingContact waiting) {
        this.inbox = inbox;
        this.clock = clock;
        this.waiting = waiting;
    }

    @Incoming("contact-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service", batch, HANDLED, (event, record) -> switch (event.type()) {
            case EventTypes.CONTACT_RECORDED -> {
                var c = inbox.read(event, ContactRecorded.class);
                // before the write: a notice reading the contact now is committed first, or reads this one (NoticesAwaitingContact.lock)
                yield NoticesAwaitingContact.lock(c.caseId()).flatMap(l -> Panache.getSession()).flatMap(s -> s.createNativeQuery("insert into applicant_contact (case_id, phone, email, "
                                + "recorded_at, channel) values (:c, :p, :e, :t, :ch) on conflict (case_id) do update set "
                                + "phone = excluded.phone, email = excluded.email, recorded_at = excluded.recorded_at, "
                                + "channel = excluded.channel")
                        .setParameter("c", c.caseId()).setParameter("p", c.phone()).setParameter("e", c.email())
                        .setParameter("t", clock.instant()).setParameter("ch", c.channel() == null ? null : c.channel().name())
                        .executeUpdate())
                        // a notice read before this contact (a fee set at once) waits for it
                        .flatMap(n -> waiting.contactRecorded(c.caseId(), c.channel() == Channel.POST, clock.instant()));
            }
            case EventTypes.CONTACT_ERASED -> {
                var erased = erased(record, event);
                yield NoticesAwaitingContact.lock(erased.caseId()).flatMap(l -> Panache.getSession()).flatMap(s -> s
                        .createNativeQuery("delete from applicant_contact where case_id = :c")
                        .setParameter("c", erased.caseId()).executeUpdate())
                        .flatMap(n -> waiting.contactErased(erased.caseId()));
            }
            default -> Uni.createFrom().<Void>voidItem();
        }).replaceWithVoid();
    }

    /**
     * The tombstone as its contract record: it has no data to read, so its case is its key (the subject header says
     * the same; the key is what compaction uses).
     */
    static ContactErased erased(ConsumerRecord<String, String> record, EventEnvelope event) {
        String caseId = record.key() != null ? record.key() : event.subject();
        if (caseId == null || caseId.isBlank()) {
            throw new MalformedEventException("a contact tombstone needs its case as key");
        }
        return new ContactErased(caseId);
    }
}
