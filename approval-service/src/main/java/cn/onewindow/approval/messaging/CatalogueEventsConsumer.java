package cn.onewindow.approval.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.approval.joint.model.JointDetails;
import cn.onewindow.approval.model.CatalogueCopy;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.ItemVersionPublished;
import cn.onewindow.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps approval's copy of the catalogue from the compacted catalogue topic: a written decision names the
 * authority and the legal basis of the version the case was taken in under.
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
        return inbox.batch("approval-service/catalogue", batch, Inbox.EVERY_TYPE, event -> {
            if (!EventTypes.ITEM_VERSION_PUBLISHED.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            var published = inbox.read(event, ItemVersionPublished.class);
            // code, version (from 1) and effectiveFrom are required by the contract: without them the record is malformed
            var copy = new CatalogueCopy();
            copy.code = published.code();
            copy.version = published.version();
            copy.departmentName = published.departmentName();
            copy.legalBasis = published.definition() == null ? null : published.definition().legalBasis();
            copy.status = published.status() == null ? "ACTIVE" : published.status();
            copy.effectiveFrom = published.effectiveFrom();
            JointDetails.copy(published.definition(), copy);
            // a version never changes, so a copy already present is the same: keep it (only a copy written before the
            // 联审联办 / 上报件 details were kept learns them, should the version come again)
            return CatalogueCopy.<CatalogueCopy>findById(CatalogueCopy.key(copy.code, copy.version))
                    .flatMap(existing -> existing == null ? copy.persist().replaceWithVoid()
                            : existing.detailsKnown ? Uni.createFrom().voidItem()
                            : Uni.createFrom().voidItem().invoke(() -> JointDetails.copy(published.definition(), existing)));
        });
    }
}
