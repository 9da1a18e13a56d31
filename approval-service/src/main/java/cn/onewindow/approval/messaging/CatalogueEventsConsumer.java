package cn.onewindow.approval.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.approval.model.CatalogueCopy;
import cn.onewindow.common.events.MalformedEventException;
import cn.onewindow.common.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps approval's copy of the catalogue from the compacted catalogue topic: a written decision names the
 * authority and the legal basis of the version the case was taken in under.
 */
@ApplicationScoped
public class CatalogueEventsConsumer {
    static final String ITEM_VERSION_PUBLISHED = "cn.onewindow.catalogue.item-version-published.v1";
    private final Inbox inbox;

    public CatalogueEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("catalogue-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("approval-service/catalogue", batch, Inbox.EVERY_TYPE, event -> {
            if (!ITEM_VERSION_PUBLISHED.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            JsonNode d = event.data();
            JsonNode def = d.path("definition");
            if (!d.hasNonNull("code") || !d.hasNonNull("version") || !d.hasNonNull("effectiveFrom")) {
                throw new MalformedEventException("catalogue event " + event.id() + " lacks code, version or effectiveFrom");
            }
            var copy = new CatalogueCopy();
            copy.code = d.get("code").asText();
            copy.version = d.get("version").asInt();
            copy.departmentName = d.hasNonNull("departmentName") ? d.get("departmentName").asText() : null;
            copy.legalBasis = def.hasNonNull("legalBasis") ? def.get("legalBasis").asText() : null;
            copy.status = d.path("status").asText("ACTIVE");
            copy.effectiveFrom = Instant.parse(d.get("effectiveFrom").asText());
            // a version never changes, so a copy already present is the same: keep it
            return CatalogueCopy.<CatalogueCopy>findById(CatalogueCopy.key(copy.code, copy.version))
                    .flatMap(existing -> existing == null ? copy.persist().replaceWithVoid() : Uni.createFrom().voidItem());
        });
    }
}
