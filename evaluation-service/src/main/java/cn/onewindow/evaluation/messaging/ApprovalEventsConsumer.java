package cn.onewindow.evaluation.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CommitmentFoundFalse;
import cn.onewindow.evaluation.service.FalseCommitments;
import cn.onewindow.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Approval's findings supervision shows: each commitment found false (告知承诺不实), once. */
@ApplicationScoped
public class ApprovalEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.COMMITMENT_FOUND_FALSE);

    private final Inbox inbox;
    private final FalseCommitments falseCommitments;

    public ApprovalEventsConsumer(Inbox inbox, FalseCommitments falseCommitments) {
        this.inbox = inbox;
        this.falseCommitments = falseCommitments;
    }

    @Incoming("approval-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("evaluation-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.COMMITMENT_FOUND_FALSE -> falseCommitments.found(inbox.read(event, CommitmentFoundFalse.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
