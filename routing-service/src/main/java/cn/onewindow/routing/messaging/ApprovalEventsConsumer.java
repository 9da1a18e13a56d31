package cn.onewindow.routing.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.ApprovalOverdue;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.routing.service.BundleJoins;
import cn.onewindow.routing.service.Escalations;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** The departments' decisions (a bundle joins again when its last department has decided) and overdue flags (escalated). */
@ApplicationScoped
public class ApprovalEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.CASE_DECIDED, EventTypes.OVERDUE);

    private final Inbox inbox;
    private final BundleJoins joins;
    private final Escalations escalations;

    public ApprovalEventsConsumer(Inbox inbox, BundleJoins joins, Escalations escalations) {
        this.inbox = inbox;
        this.joins = joins;
        this.escalations = escalations;
    }

    @Incoming("approval-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("routing-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.CASE_DECIDED -> joins.decided(inbox.read(event, CaseDecided.class));
            case EventTypes.OVERDUE -> escalations.departmentOverdue(inbox.read(event, ApprovalOverdue.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
