package cn.onewindow.issuance.messaging;

import java.util.Set;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.MalformedEventException;
import cn.onewindow.common.inbox.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Keeps how each applicant is reached, for the notices (the last record of a case wins). */
@ApplicationScoped
public class ContactEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(CaseEventTypes.CONTACT_RECORDED);

    private final Inbox inbox;
    private final Clock clock;

    public ContactEventsConsumer(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    record Contact(String caseId, String phone, String email) {
        Contact {
            if (caseId == null) {
                throw new MalformedEventException("a contact needs its caseId");
            }
        }
    }

    @Incoming("contact-events")
    public Uni<Void> onEvent(ConsumerRecord<String, String> record) {
        return inbox.once("issuance-service", record, HANDLED, event -> switch (event.type()) {
            case CaseEventTypes.CONTACT_RECORDED -> {
                var c = inbox.read(event, Contact.class);
                yield Panache.getSession().flatMap(s -> s.createNativeQuery("insert into applicant_contact (case_id, phone, email, recorded_at) "
                                + "values (:c, :p, :e, :t) on conflict (case_id) do update set phone = excluded.phone, "
                                + "email = excluded.email, recorded_at = excluded.recorded_at")
                        .setParameter("c", c.caseId()).setParameter("p", c.phone()).setParameter("e", c.email())
                        .setParameter("t", clock.instant()).executeUpdate()).replaceWithVoid();
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
