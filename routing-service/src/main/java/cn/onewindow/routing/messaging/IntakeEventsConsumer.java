package cn.onewindow.routing.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.routing.service.RoutingService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Consumes intake's case events; every accepted case is routed exactly once. */
@ApplicationScoped
public class IntakeEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.CASE_TAKEN_IN);

    private final Inbox inbox;
    private final RoutingService routing;

    public IntakeEventsConsumer(Inbox inbox, RoutingService routing) {
        this.inbox = inbox;
        this.routing = routing;
    }

    @Incoming("intake-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("routing-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.CASE_TAKEN_IN ->
                    routing.route(event.id(), inbox.read(event, CaseTakenIn.class));
            default -> Uni.createFrom().voidItem(); // other intake events are not routing's business
        });
    }
}
