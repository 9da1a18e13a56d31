package cn.onewindow.issuance.messaging;

import java.util.Set;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.RatingInvited;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.model.Notification;
import cn.onewindow.issuance.notify.NotificationSettings;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Evaluation's rating invitations go to the applicant through the issuance window's notices. */
@ApplicationScoped
public class EvaluationEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.RATING_INVITED);

    private final Inbox inbox;
    private final Clock clock;
    private final String channel;

    public EvaluationEventsConsumer(Inbox inbox, Clock clock, NotificationSettings notifications) {
        this.inbox = inbox;
        this.clock = clock;
        this.channel = notifications.channel();
    }

    @Incoming("evaluation-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.RATING_INVITED -> {
                var invited = inbox.read(event, RatingInvited.class);
                yield IssuanceRecord.<IssuanceRecord>findById(invited.caseId()).flatMap(r -> {
                    var now = clock.instant();
                    var n = new Notification();
                    n.id = UUID.randomUUID();
                    n.caseId = invited.caseId();
                    n.kind = "RATING_INVITATION";
                    n.channel = channel;
                    n.recipient = "applicant-" + invited.caseId();
                    n.body = (r == null ? "" : r.applicantName + "：") + "请您对办件" + invited.caseId()
                            + "的办理服务作出评价（好差评）：" + invited.link();
                    n.status = Notification.PENDING;
                    n.nextAttemptAt = now;
                    n.createdAt = now;
                    return n.persist().replaceWithVoid();
                });
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
