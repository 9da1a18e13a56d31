package cn.onewindow.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.platform.events.CloudEventBinding;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.TicketCalled;
import cn.onewindow.gateway.service.CallingBoard;

/**
 * Ticket calls for the calling screen. Every gateway instance reads the whole queue topic (a
 * consumer group of its own), since each one serves displays; nothing is stored, so nothing to dedupe.
 */
@ApplicationScoped
public class QueueEventsConsumer {
    private final CallingBoard board;
    private final ObjectMapper json;
    private final Inbox inbox;

    public QueueEventsConsumer(CallingBoard board, ObjectMapper json, Inbox inbox) {
        this.board = board;
        this.json = json;
        this.inbox = inbox;
    }

    @Incoming("queue-events")
    public void onEvent(ConsumerRecord<String, String> record) throws Exception {
        EventEnvelope event = CloudEventBinding.fromRecord(record, json);
        if (!EventTypes.TICKET_CALLED.equals(event.type())) {
            return;
        }
        // only the inbox's reading of the record: nothing is stored, so the inbox's once-only claim is not needed
        TicketCalled call = inbox.read(event, TicketCalled.class);
        if (call.at() == null) {
            // the screen shows when each ticket was called: a call without its time is malformed (dead-lettered)
            throw new MalformedEventException("ticket call " + event.id() + " lacks its time");
        }
        // the board's lines are text: a field absent from the call shows empty, as it always has
        board.called(new CallingBoard.Call(text(call.ticketNumber()), text(call.windowNo()), text(call.kind()),
                text(call.day()), call.at()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
