package cn.onewindow.intake.guide.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.FaqEntryApproved;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Evaluation's approved FAQ entries (常见问题 from answered enquiries) into intake's copy, which the public service guide
 * shows with the item (GuideService). Through the inbox, once per event; an entry already held (its enquiry's) stays.
 */
@ApplicationScoped
public class FaqEventsConsumer {
    /** The types this consumer acts on; the others on the evaluation topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.FAQ_ENTRY_APPROVED);

    private final Inbox inbox;

    public FaqEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("evaluation-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("intake-service", batch, HANDLED, event -> {
            var approved = inbox.read(event, FaqEntryApproved.class);
            // an entry approved without an enquiry behind it (none is expected) is kept under its event's id
            String key = approved.enquiryNumber() == null ? "event-" + event.id() : approved.enquiryNumber();
            return SessionSql.update("insert into approved_faq (enquiry_number, item_code, question, answer, approved_at,"
                            + " approved_by) values ($1, $2, $3, $4, $5, $6) on conflict (enquiry_number) do nothing", key,
                    approved.itemCode(), approved.question(), approved.answer(), approved.approvedAt(),
                    approved.actor() == null ? null : approved.actor().name()).replaceWithVoid();
        });
    }
}
