package cn.onewindow.routing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.cases.CaseDecided;
import cn.onewindow.common.inbox.Inbox;
import cn.onewindow.routing.service.BundleJoins;
import io.smallrye.mutiny.Uni;

/** The departments' decisions: a bundle joins again when its last department has decided. */
@ApplicationScoped
public class ApprovalEventsConsumer {
    private final Inbox inbox;
    private final BundleJoins joins;

    public ApprovalEventsConsumer(Inbox inbox, BundleJoins joins) {
        this.inbox = inbox;
        this.joins = joins;
    }

    @Incoming("approval-events")
    public Uni<Void> onEvent(ConsumerRecord<String, String> record) {
        return inbox.once("routing-service", record, event -> switch (event.type()) {
            case CaseEventTypes.CASE_DECIDED -> joins.decided(inbox.read(event, CaseDecided.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
