package cn.onewindow.approval.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.approval.service.ApprovalService;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseRouted;
import cn.onewindow.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Consumes routing's events: a routed case enters its department's queue exactly once. */
@ApplicationScoped
public class RoutingEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.CASE_ROUTED);

    private final Inbox inbox;
    private final ApprovalService approval;

    public RoutingEventsConsumer(Inbox inbox, ApprovalService approval) {
        this.inbox = inbox;
        this.approval = approval;
    }

    @Incoming("routing-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("approval-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.CASE_ROUTED -> approval.enqueue(inbox.read(event, CaseRouted.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
