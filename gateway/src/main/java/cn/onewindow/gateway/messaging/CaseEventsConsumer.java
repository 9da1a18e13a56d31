package cn.onewindow.gateway.messaging;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.common.inbox.Inbox;
import cn.onewindow.gateway.model.TimelineEntry;
import cn.onewindow.gateway.service.TimelineService;
import io.smallrye.mutiny.Uni;

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
    public Uni<Void> onEvent(ConsumerRecord<String, String> record) {
        AtomicReference<TimelineEntry> recorded = new AtomicReference<>();
        return inbox.once("gateway", record, event -> timeline.record(event, record.topic()).invoke(recorded::set).replaceWithVoid())
                .invoke(() -> {
                    if (recorded.get() != null) {
                        timeline.announce(recorded.get());
                    }
                });
    }
}
