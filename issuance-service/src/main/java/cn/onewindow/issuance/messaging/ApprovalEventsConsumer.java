package cn.onewindow.issuance.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.issuance.service.IssuanceService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Consumes approval's events: every decision reaches the issuance window exactly once. */
@ApplicationScoped
public class ApprovalEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.CASE_DECIDED);

    private final Inbox inbox;
    private final IssuanceService issuance;

    public ApprovalEventsConsumer(Inbox inbox, IssuanceService issuance) {
        this.inbox = inbox;
        this.issuance = issuance;
    }

    @Incoming("approval-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.CASE_DECIDED -> issuance.receive(inbox.read(event, CaseDecided.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
