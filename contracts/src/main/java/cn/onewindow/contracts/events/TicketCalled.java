package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#TICKET_CALLED} on {@link Topics#QUEUE}. 叫号: a ticket was called to {@code windowNo} by
 * {@code calledBy}. Not an act on a case: never trailed.
 */
public record TicketCalled(String ticketNumber, String day, String kind, String status, String windowNo, Instant at, String calledBy) implements Event {
    @Override
    public String topic() {
        return Topics.QUEUE;
    }

    @Override
    public String eventType() {
        return EventTypes.TICKET_CALLED;
    }

    @Override
    public String aggregateType() {
        return "ticket";
    }

    @Override
    public String key() {
        return day + ":" + ticketNumber;
    }

    @Override
    public boolean trailed() {
        return false;
    }
}
