package cn.onewindow.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.gateway.service.TimelineService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Consumes every case event of every service into the timelines, once each, and pushes it live. */
@ApplicationScoped
public class CaseEventsConsumer {
    private final Inbox inbox;
    private final TimelineService timeline;

    public CaseEventsConsumer(Inbox inbox, TimelineService timeline) {
        this.inbox = inbox;
        this.timeline = timeline;
    }

    @Incoming("case-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        // pushed live only once committed: a batch that fails and is applied again is not announced twice
        return inbox.batch("gateway", batch, Inbox.EVERY_TYPE, (event, record) -> timeline.record(event, record.topic()))
                .invoke(recorded -> recorded.forEach(timeline::announce))
                .replaceWithVoid();
    }
}
