package cn.onewindow.intake.takein.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.contracts.events.CaseQueued;
import cn.onewindow.contracts.events.CommitmentFoundFalse;
import cn.onewindow.intake.commitment.service.FalseCommitments;
import cn.onewindow.contracts.events.SupplementRequested;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.intake.takein.service.CaseFollowing;
import cn.onewindow.intake.takein.service.SupplementRequests;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The back office's work as the window needs it: each supplement request becomes one recorded notice to the
 * applicant, and the case's first handler follows it into the department and to its decision (首办负责).
 */
@ApplicationScoped
public class ApprovalEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.SUPPLEMENT_REQUESTED, EventTypes.CASE_QUEUED,
            EventTypes.CASE_DECIDED, EventTypes.COMMITMENT_FOUND_FALSE);

    private final Inbox inbox;
    private final SupplementRequests requests;
    private final CaseFollowing following;
    private final FalseCommitments falseCommitments;

    public ApprovalEventsConsumer(Inbox inbox, SupplementRequests requests, CaseFollowing following,
                                  FalseCommitments falseCommitments) {
        this.inbox = inbox;
        this.falseCommitments = falseCommitments;
        this.requests = requests;
        this.following = following;
    }

    @Incoming("approval-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("intake-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.SUPPLEMENT_REQUESTED -> requests.record(inbox.read(event, SupplementRequested.class));
            case EventTypes.CASE_QUEUED -> following.queued(inbox.read(event, CaseQueued.class));
            case EventTypes.CASE_DECIDED -> following.decided(inbox.read(event, CaseDecided.class));
            // 承诺不实: the applicant goes on the credit list as blacklisted (失信)
            case EventTypes.COMMITMENT_FOUND_FALSE -> falseCommitments.found(inbox.read(event, CommitmentFoundFalse.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
