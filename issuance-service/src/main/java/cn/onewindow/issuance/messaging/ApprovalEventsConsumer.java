package cn.onewindow.issuance.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.contracts.events.CommitmentFoundFalse;
import cn.onewindow.contracts.events.FeeAssessed;
import cn.onewindow.contracts.events.SupplementRequested;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.issuance.service.FeeNotices;
import cn.onewindow.issuance.service.FalseCommitmentRevocations;
import cn.onewindow.issuance.service.IssuanceService;
import cn.onewindow.issuance.service.PostalNotices;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Consumes approval's events: every decision reaches the issuance window exactly once; every fee, the applicant; a postal
 * applicant, the supplement request the window cannot hand over. */
@ApplicationScoped
public class ApprovalEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.CASE_DECIDED, EventTypes.FEE_ASSESSED,
            EventTypes.SUPPLEMENT_REQUESTED, EventTypes.COMMITMENT_FOUND_FALSE);

    private final Inbox inbox;
    private final IssuanceService issuance;
    private final FeeNotices fees;
    private final PostalNotices postal;
    /** 承诺不实: the result granted on that commitment is revoked. */
    private final FalseCommitmentRevocations falseCommitments;

    public ApprovalEventsConsumer(Inbox inbox, IssuanceService issuance, FeeNotices fees, PostalNotices postal,
                                  FalseCommitmentRevocations falseCommitments) {
        this.falseCommitments = falseCommitments;
        this.inbox = inbox;
        this.issuance = issuance;
        this.fees = fees;
        this.postal = postal;
    }

    @Incoming("approval-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.CASE_DECIDED -> issuance.receive(inbox.read(event, CaseDecided.class));
            case EventTypes.FEE_ASSESSED -> fees.assessed(inbox.read(event, FeeAssessed.class));
            case EventTypes.SUPPLEMENT_REQUESTED -> postal.supplementRequested(inbox.read(event, SupplementRequested.class));
            case EventTypes.COMMITMENT_FOUND_FALSE -> falseCommitments.found(inbox.read(event, CommitmentFoundFalse.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
