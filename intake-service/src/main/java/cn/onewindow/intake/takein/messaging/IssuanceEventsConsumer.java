package cn.onewindow.intake.takein.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.contracts.events.ResultReady;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.intake.takein.service.CaseFollowing;
import cn.onewindow.intake.takein.service.ContactErasure;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The issuance window's acts: the case's first handler follows it to the issuance window and to the applicant
 * (首办负责); and from the moment a case's result is handed out, its contact's days are counted.
 */
@ApplicationScoped
public class IssuanceEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.RESULT_READY, EventTypes.RESULT_DELIVERED);

    private final Inbox inbox;
    private final ContactErasure erasure;
    private final CaseFollowing following;

    public IssuanceEventsConsumer(Inbox inbox, ContactErasure erasure, CaseFollowing following) {
        this.inbox = inbox;
        this.erasure = erasure;
        this.following = following;
    }

    @Incoming("issuance-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("intake-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.RESULT_READY -> following.resultReady(inbox.read(event, ResultReady.class));
            case EventTypes.RESULT_DELIVERED -> delivered(inbox.read(event, ResultDelivered.class));
            default -> Uni.createFrom().voidItem();
        });
    }

    /** One delivery, two effects in the one inbox transaction: the contact's retention starts, the case is delivered. */
    private Uni<Void> delivered(ResultDelivered d) {
        return erasure.delivered(d).chain(() -> following.delivered(d));
    }
}
