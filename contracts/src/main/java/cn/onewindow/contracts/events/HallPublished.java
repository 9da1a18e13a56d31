package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.hall.HallDefinition;

/**
 * {@link EventTypes#HALL_PUBLISHED} on {@link Topics#HALL} (compacted, keyed by hall code): the hall as it now is —
 * its hours, region, departments and the other halls' items it receives. Every service keeps the latest of each hall
 * (cn.onewindow.platform.hall.HallDirectory) for the office minutes of the hall a limit belongs to.
 */
public record HallPublished(HallDefinition hall, int version, Instant publishedAt, Actor actor) implements Event {
    public HallPublished {
        Contract.require("hall", hall);
        Contract.require("hall.code", hall.code());
        Contract.require("hall.opens", hall.opens());
        Contract.require("hall.closes", hall.closes());
    }

    @Override
    public String topic() {
        return Topics.HALL;
    }

    @Override
    public String eventType() {
        return EventTypes.HALL_PUBLISHED;
    }

    @Override
    public String aggregateType() {
        return "hall";
    }

    @Override
    public String key() {
        return hall.code();
    }
}
