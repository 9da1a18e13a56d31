package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.catalogue.ItemDefinition;

/**
 * {@link EventTypes#ITEM_VERSION_PUBLISHED} on {@link Topics#CATALOGUE_ITEM}. 事项目录: one immutable version of a
 * catalogue item, ACTIVE or CANCELLED, keyed {@code CODE@vN} on a compacted topic.
 */
public record ItemVersionPublished(String code, int version, String status, Instant announcedAt, Instant effectiveFrom, String departmentName,
        ItemDefinition definition, Actor announcedBy) implements Event {
    /** A version is found by code and number, and takes effect at its instant: without them a copy is useless. */
    public ItemVersionPublished {
        Contract.require("code", code);
        Contract.require("effectiveFrom", effectiveFrom);
        if (version < 1) {
            throw new MalformedEventException("catalogue versions start at 1, not " + version);
        }
    }

    @Override
    public String topic() {
        return Topics.CATALOGUE_ITEM;
    }

    @Override
    public String eventType() {
        return EventTypes.ITEM_VERSION_PUBLISHED;
    }

    @Override
    public String aggregateType() {
        return "catalogue-item";
    }

    @Override
    public String key() {
        return code + "@v" + version;
    }

    /** The trail's actor: who announced the version. */
    @Override
    public Actor actor() {
        return announcedBy;
    }
}
