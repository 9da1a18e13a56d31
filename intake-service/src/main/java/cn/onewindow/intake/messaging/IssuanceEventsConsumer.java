package cn.onewindow.intake.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.cases.ResultDelivered;
import cn.onewindow.common.inbox.Inbox;
import cn.onewindow.intake.service.ContactErasure;
import io.smallrye.mutiny.Uni;

/** The issuance window's deliveries: from the moment a case's result is handed out, its contact's days are counted. */
@ApplicationScoped
public class IssuanceEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(CaseEventTypes.RESULT_DELIVERED);

    private final Inbox inbox;
    private final ContactErasure erasure;

    public IssuanceEventsConsumer(Inbox inbox, ContactErasure erasure) {
        this.inbox = inbox;
        this.erasure = erasure;
    }

    @Incoming("issuance-events")
    public Uni<Void> onEvent(ConsumerRecord<String, String> record) {
        return inbox.once("intake-service", record, HANDLED, event -> switch (event.type()) {
            case CaseEventTypes.RESULT_DELIVERED -> erasure.delivered(inbox.read(event, ResultDelivered.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
