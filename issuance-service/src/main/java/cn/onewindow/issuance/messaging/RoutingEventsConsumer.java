package cn.onewindow.issuance.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.BundleJoined;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.issuance.service.IssuanceService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Routing's bundle joins: a bundle is issued once every department has decided. */
@ApplicationScoped
public class RoutingEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.BUNDLE_JOINED);

    private final Inbox inbox;
    private final IssuanceService issuance;

    public RoutingEventsConsumer(Inbox inbox, IssuanceService issuance) {
        this.inbox = inbox;
        this.issuance = issuance;
    }

    @Incoming("routing-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.BUNDLE_JOINED -> {
                var joined = inbox.read(event, BundleJoined.class);
                yield issuance.bundleJoined(joined.bundleId(), joined.size(), joined.joinedAt());
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
