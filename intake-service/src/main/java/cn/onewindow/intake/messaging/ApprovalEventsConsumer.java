package cn.onewindow.intake.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.cases.SupplementRequested;
import cn.onewindow.common.inbox.Inbox;
import cn.onewindow.intake.service.SupplementRequests;
import io.smallrye.mutiny.Uni;

/** The back office's requests reach the applicant through the window: each becomes one recorded notice. */
@ApplicationScoped
public class ApprovalEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(CaseEventTypes.SUPPLEMENT_REQUESTED);

    private final Inbox inbox;
    private final SupplementRequests requests;

    public ApprovalEventsConsumer(Inbox inbox, SupplementRequests requests) {
        this.inbox = inbox;
        this.requests = requests;
    }

    @Incoming("approval-events")
    public Uni<Void> onEvent(ConsumerRecord<String, String> record) {
        return inbox.once("intake-service", record, HANDLED, event -> switch (event.type()) {
            case CaseEventTypes.SUPPLEMENT_REQUESTED -> requests.record(inbox.read(event, SupplementRequested.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
