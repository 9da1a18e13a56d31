package cn.onewindow.issuance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.ItemVersionPublished;
import cn.onewindow.issuance.model.CatalogueValidity;
import cn.onewindow.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps issuance's copy of each item version's result validity from the compacted catalogue topic: an e-certificate
 * is valid until its issue plus the years of the version in force at its decision ({@code CertificateService}).
 */
@ApplicationScoped
public class CatalogueEventsConsumer {
    private final Inbox inbox;

    public CatalogueEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("catalogue-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service/catalogue", batch, Inbox.EVERY_TYPE, event -> {
            if (!EventTypes.ITEM_VERSION_PUBLISHED.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            var published = inbox.read(event, ItemVersionPublished.class);
            var copy = new CatalogueValidity();
            copy.code = published.code();
            copy.version = published.version();
            copy.effectiveFrom = published.effectiveFrom();
            copy.resultValidYears = published.definition() == null ? null : published.definition().resultValidYears();
            // a version never changes, so a copy already present is the same: keep it
            return CatalogueValidity.<CatalogueValidity>findById(new CatalogueValidity.Key(copy.code, copy.version))
                    .flatMap(existing -> existing == null ? copy.persist().replaceWithVoid() : Uni.createFrom().voidItem());
        });
    }
}
