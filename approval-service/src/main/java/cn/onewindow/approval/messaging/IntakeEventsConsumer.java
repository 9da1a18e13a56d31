package cn.onewindow.approval.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.approval.service.SupplementRequests;
import cn.onewindow.common.events.Actor;
import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.MalformedEventException;
import cn.onewindow.common.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** The window's news for the back office: owed or requested materials supplied; the clock runs again. */
@ApplicationScoped
public class IntakeEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(CaseEventTypes.SUPPLEMENT_RECEIVED);

    private static final Actor WINDOW = Actor.system("intake-service");
    private final Inbox inbox;
    private final SupplementRequests supplements;

    public IntakeEventsConsumer(Inbox inbox, SupplementRequests supplements) {
        this.inbox = inbox;
        this.supplements = supplements;
    }

    @Incoming("intake-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("approval-service", batch, HANDLED, event -> switch (event.type()) {
            case CaseEventTypes.SUPPLEMENT_RECEIVED -> {
                JsonNode data = inbox.read(event, JsonNode.class);
                if (!data.hasNonNull("caseId") || !data.has("complete")) {
                    throw new MalformedEventException("supplement-received needs caseId and complete");
                }
                Actor actor = data.hasNonNull("actor") ? inbox.read(event, Supplied.class).actor() : WINDOW;
                yield supplements.supplied(data.get("caseId").asText(), data.get("complete").asBoolean(), actor);
            }
            default -> Uni.createFrom().voidItem();
        });
    }

    record Supplied(Actor actor) {
    }
}
