package cn.onewindow.contracts.events;

import java.time.Instant;
import java.util.List;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#BUNDLE_JOINED} on {@link Topics#ROUTING_CASE}. 一件事汇合: the last department of a bundle
 * decided; the bundle goes on to issuance as one.
 */
public record BundleJoined(String bundleId, String bundleCode, int size, Instant joinedAt, List<Part> parts) implements Event {
    /** One case of the bundle and how its department decided. */
    public record Part(String caseId, String departmentCode, String outcome, Instant decidedAt) {
    }

    public BundleJoined {
        Contract.require("bundleId", bundleId);
        Contract.require("joinedAt", joinedAt);
        if (size < 2) {
            throw new MalformedEventException("a bundle joins two cases or more, not " + size);
        }
    }

    @Override
    public String topic() {
        return Topics.ROUTING_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.BUNDLE_JOINED;
    }

    @Override
    public String aggregateType() {
        return "bundle";
    }

    @Override
    public String key() {
        return bundleId;
    }
}
