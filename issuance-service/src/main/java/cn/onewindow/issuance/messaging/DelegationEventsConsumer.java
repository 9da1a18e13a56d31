package cn.onewindow.issuance.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.DelegationEnded;
import cn.onewindow.contracts.events.DelegationGranted;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.issuance.model.DelegationCopy;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Keeps issuance's copy of the delegation register from {@code onewindow.delegation.v1}. */
@ApplicationScoped
public class DelegationEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.DELEGATION_GRANTED, EventTypes.DELEGATION_ENDED);

    private final Inbox inbox;

    public DelegationEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("delegation-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service/delegations", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.DELEGATION_GRANTED -> {
                var d = inbox.read(event, DelegationGranted.class);
                yield keep(event, d.id(), d.hall(), d.itemCode(), d.powers(), d.startsAt(), d.endedAt());
            }
            // an ended delegation is the same register entry with its end: the copy keeps it, ended
            case EventTypes.DELEGATION_ENDED -> {
                var d = inbox.read(event, DelegationEnded.class);
                yield keep(event, d.id(), d.hall(), d.itemCode(), d.powers(), d.startsAt(), d.endedAt());
            }
            default -> Uni.createFrom().voidItem();
        });
    }

    private static Uni<Void> keep(EventEnvelope event, String id, String hall, String itemCode, List<String> powers,
                                  Instant startsAt, Instant endedAt) {
        // the contract leaves these optional, but a copy without them could answer no question of who holds what, when
        if (id == null || itemCode == null || startsAt == null || powers == null) {
            throw new MalformedEventException("delegation event " + event.id() + " lacks id, item, start or powers");
        }
        return DelegationCopy.<DelegationCopy>findById(id).flatMap(existing -> {
            DelegationCopy c = existing == null ? new DelegationCopy() : existing;
            c.id = id;
            c.hall = hall == null ? "" : hall;
            c.itemCode = itemCode;
            c.powers = String.join(",", powers);
            c.startsAt = startsAt;
            c.endedAt = endedAt;
            return existing == null ? c.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }
}
