package cn.onewindow.issuance.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.common.events.MalformedEventException;
import cn.onewindow.common.inbox.Inbox;
import cn.onewindow.issuance.model.DelegationCopy;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Keeps issuance's copy of the delegation register from {@code onewindow.delegation.v1}. */
@ApplicationScoped
public class DelegationEventsConsumer {
    private final Inbox inbox;

    public DelegationEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("delegation-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service/delegations", batch, Inbox.EVERY_TYPE, event -> {
            JsonNode d = event.data();
            if (!d.hasNonNull("id") || !d.hasNonNull("itemCode") || !d.hasNonNull("startsAt") || !d.path("powers").isArray()) {
                throw new MalformedEventException("delegation event " + event.id() + " lacks id, item, start or powers");
            }
            StringBuilder powers = new StringBuilder();
            d.get("powers").forEach(p -> powers.append(powers.isEmpty() ? "" : ",").append(p.asText()));
            return DelegationCopy.<DelegationCopy>findById(d.get("id").asText()).flatMap(existing -> {
                DelegationCopy c = existing == null ? new DelegationCopy() : existing;
                c.id = d.get("id").asText();
                c.hall = d.path("hall").asText();
                c.itemCode = d.get("itemCode").asText();
                c.powers = powers.toString();
                c.startsAt = Instant.parse(d.get("startsAt").asText());
                c.endedAt = d.hasNonNull("endedAt") ? Instant.parse(d.get("endedAt").asText()) : null;
                return existing == null ? c.persist().replaceWithVoid() : Uni.createFrom().voidItem();
            });
        });
    }
}
