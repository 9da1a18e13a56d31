package cn.onewindow.routing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.ItemVersionPublished;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.routing.model.CatalogueCopy;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Keeps routing's copy of the catalogue from the compacted catalogue topic. */
@ApplicationScoped
public class CatalogueEventsConsumer {
    private final Inbox inbox;

    public CatalogueEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("catalogue-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("routing-service/catalogue", batch, Inbox.EVERY_TYPE, event -> {
            if (!EventTypes.ITEM_VERSION_PUBLISHED.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            var published = inbox.read(event, ItemVersionPublished.class);
            var def = published.definition();
            // the contract requires code, version and effectiveFrom; routing also needs the deciding department
            if (def == null || def.departmentCode() == null) {
                throw new MalformedEventException("catalogue event " + event.id() + " names no department");
            }
            var copy = new CatalogueCopy();
            copy.code = published.code();
            copy.version = published.version();
            copy.departmentCode = def.departmentCode();
            copy.itemType = def.itemType() == null ? "" : def.itemType();
            copy.promisedDays = def.promisedDays();
            copy.status = published.status() == null ? "ACTIVE" : published.status();
            copy.effectiveFrom = published.effectiveFrom();
            // a version never changes, so a copy already present is the same: keep it
            return CatalogueCopy.<CatalogueCopy>findById(CatalogueCopy.key(copy.code, copy.version))
                    .flatMap(existing -> existing == null ? copy.persist().replaceWithVoid() : Uni.createFrom().voidItem());
        });
    }
}
