package cn.onewindow.routing.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.common.events.MalformedEventException;
import cn.onewindow.common.inbox.Inbox;
import cn.onewindow.routing.model.CatalogueCopy;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Keeps routing's copy of the catalogue from the compacted catalogue topic. */
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
        return inbox.batch("routing-service/catalogue", batch, Inbox.EVERY_TYPE, event -> {
            if (!ITEM_VERSION_PUBLISHED.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            JsonNode d = event.data();
            JsonNode def = d.path("definition");
            if (!d.hasNonNull("code") || !d.hasNonNull("version") || !def.hasNonNull("departmentCode")) {
                throw new MalformedEventException("catalogue event " + event.id() + " lacks code, version or department");
            }
            var copy = new CatalogueCopy();
            copy.code = d.get("code").asText();
            copy.version = d.get("version").asInt();
            copy.departmentCode = def.get("departmentCode").asText();
            copy.itemType = def.path("itemType").asText();
            copy.promisedDays = def.path("promisedDays").asInt();
            copy.status = d.path("status").asText("ACTIVE");
            copy.effectiveFrom = Instant.parse(d.get("effectiveFrom").asText());
            // a version never changes, so a copy already present is the same: keep it
            return CatalogueCopy.<CatalogueCopy>findById(CatalogueCopy.key(copy.code, copy.version))
                    .flatMap(existing -> existing == null ? copy.persist().replaceWithVoid() : Uni.createFrom().voidItem());
        });
    }
}
