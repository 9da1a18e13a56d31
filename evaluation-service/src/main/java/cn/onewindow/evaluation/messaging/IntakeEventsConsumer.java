package cn.onewindow.evaluation.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.evaluation.model.CaseFact;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Keeps the facts statistics group by (item, department, window clerk) and the promised limit from intake's accepted events. */
@ApplicationScoped
public class IntakeEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.CASE_TAKEN_IN);

    private final Inbox inbox;

    public IntakeEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("intake-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("evaluation-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.CASE_TAKEN_IN -> {
                var a = inbox.read(event, CaseTakenIn.class);
                var f = new CaseFact();
                f.caseId = a.caseId();
                f.itemCode = a.itemCode();
                f.itemName = a.itemName() == null ? a.itemCode() : a.itemName();
                f.departmentCode = a.departmentCode();
                f.clerkId = a.actor() == null ? "unknown" : a.actor().userId();
                f.clerkName = a.actor() == null || a.actor().name() == null ? f.clerkId : a.actor().name();
                f.acceptedAt = a.acceptedAt();
                f.promisedDays = a.promisedDays();
                // the name the queue's calls carry (QueueService: username, else the id): matches a take-in to its window
                f.clerkUsername = a.actor() == null ? null : a.actor().username() == null ? a.actor().userId() : a.actor().username();
                yield f.persist().replaceWithVoid();
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
