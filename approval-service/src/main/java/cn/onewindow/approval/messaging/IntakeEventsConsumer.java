package cn.onewindow.approval.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.approval.service.CommitmentChecks;
import cn.onewindow.approval.service.SupplementRequests;
import cn.onewindow.approval.webhook.service.WebhookDeliveries;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.contracts.events.DeferredMaterialsSupplied;
import cn.onewindow.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The window's news for the back office: owed or requested materials supplied, the clock runs again; a case's
 * commitments in place of proofs (告知承诺), to verify after its approval.
 */
@ApplicationScoped
public class IntakeEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.DEFERRED_MATERIALS_SUPPLIED, EventTypes.CASE_TAKEN_IN);

    private static final Actor WINDOW = Actor.system("intake-service");
    private final Inbox inbox;
    private final SupplementRequests supplements;
    private final WebhookDeliveries webhooks;
    private final CommitmentChecks commitments;

    public IntakeEventsConsumer(Inbox inbox, SupplementRequests supplements, WebhookDeliveries webhooks,
                                CommitmentChecks commitments) {
        this.inbox = inbox;
        this.commitments = commitments;
        this.supplements = supplements;
        this.webhooks = webhooks;
    }

    @Incoming("intake-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.<Void>batch("approval-service", batch, HANDLED, (event, record) -> switch (event.type()) {
            case EventTypes.DEFERRED_MATERIALS_SUPPLIED -> {
                // the contract refuses one without caseId or complete (a missing "complete" read as false would keep
                // the clock stopped for nothing): such a record is malformed and dead-lettered
                var received = inbox.read(event, DeferredMaterialsSupplied.class);
                Actor actor = received.actor() != null ? received.actor() : WINDOW;
                // the department's webhooks hear of it before the clock it restarts (clock-resumed follows it)
                yield webhooks.keepReceived(received.caseId(), event, record.value())
                        .chain(() -> supplements.supplied(received.caseId(), received.complete(), actor));
            }
            // 告知承诺: the proofs the applicant replaced by a commitment, verified after an approval (nothing for most cases)
            case EventTypes.CASE_TAKEN_IN -> commitments.takenIn(inbox.read(event, CaseTakenIn.class));
            default -> Uni.createFrom().voidItem();
        }).replaceWithVoid();
    }
}
