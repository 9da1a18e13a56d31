package cn.onewindow.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.common.events.CloudEventHeaders;
import cn.onewindow.common.events.EventEnvelope;
import cn.onewindow.gateway.service.CallingBoard;

/**
 * Ticket calls for the calling screen. Every gateway instance reads the whole queue topic (a
 * consumer group of its own), since each one serves displays; nothing is stored, so nothing to dedupe.
 */
@ApplicationScoped
public class QueueEventsConsumer {
    static final String TICKET_CALLED = "cn.onewindow.queue.ticket-called.v1";
    private final CallingBoard board;
    private final ObjectMapper json;

    public QueueEventsConsumer(CallingBoard board, ObjectMapper json) {
        this.board = board;
        this.json = json;
    }

    @Incoming("queue-events")
    public void onEvent(ConsumerRecord<String, String> record) throws Exception {
        EventEnvelope event = CloudEventHeaders.fromRecord(record, json);
        if (!TICKET_CALLED.equals(event.type())) {
            return;
        }
        JsonNode d = event.data();
        board.called(new CallingBoard.Call(d.path("ticketNumber").asText(), d.path("windowNo").asText(),
                d.path("kind").asText(), d.path("day").asText(), java.time.Instant.parse(d.path("at").asText())));
    }
}
