package cn.onewindow.evaluation.enquiry.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.ItemVersionPublished;
import cn.onewindow.evaluation.enquiry.model.EnquiryItem;
import cn.onewindow.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps evaluation's copy of the catalogue from the compacted catalogue topic: an enquiry goes to the department of
 * the item's version in force (EnquiryService), and is refused for an item the catalogue does not have.
 */
@ApplicationScoped
public class CatalogueEventsConsumer {
    static final Set<String> HANDLED = Set.of(EventTypes.ITEM_VERSION_PUBLISHED);

    private final Inbox inbox;

    public CatalogueEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("catalogue-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("evaluation-service/catalogue", batch, HANDLED, event -> {
            var published = inbox.read(event, ItemVersionPublished.class);
            if (published.definition() == null) { // a version without its definition names no department: nothing to copy
                return Uni.createFrom().voidItem();
            }
            var copy = new EnquiryItem();
            copy.code = published.code();
            copy.version = published.version();
            copy.effectiveFrom = published.effectiveFrom();
            copy.departmentCode = published.definition().departmentCode();
            copy.departmentName = published.departmentName();
            copy.itemName = published.definition().name() == null ? published.code() : published.definition().name();
            copy.cancelled = "CANCELLED".equals(published.status());
            // a version never changes, so a copy already present is the same: keep it
            return EnquiryItem.<EnquiryItem>findById(new EnquiryItem.Key(copy.code, copy.version))
                    .flatMap(existing -> existing == null ? copy.persist().replaceWithVoid() : Uni.createFrom().voidItem());
        });
    }
}
