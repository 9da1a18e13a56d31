package cn.onewindow.evaluation.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.TicketCalled;
import cn.onewindow.platform.inbox.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Notes which window each clerk called a ticket to, and when, from the hall's queue topic: the statistics'
 * only source for the window a case was taken in at (HandlingTimeService). Through the inbox, so once each.
 */
@ApplicationScoped
public class QueueEventsConsumer {
    static final Set<String> HANDLED = Set.of(EventTypes.TICKET_CALLED);

    private final Inbox inbox;

    public QueueEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("queue-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("evaluation-service", batch, HANDLED, event -> {
            var call = inbox.read(event, TicketCalled.class);
            // calledBy is absent in events written before it existed
            if (call.calledBy() == null || call.windowNo() == null || call.at() == null) {
                return Uni.createFrom().voidItem(); // nothing says who sat where: nothing to note
            }
            return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into window_call (clerk, called_at, window_no) "
                            + "values (:c, :at, :w) on conflict do nothing")
                    .setParameter("c", call.calledBy()).setParameter("at", call.at()).setParameter("w", call.windowNo())
                    .executeUpdate()).replaceWithVoid();
        });
    }
}
