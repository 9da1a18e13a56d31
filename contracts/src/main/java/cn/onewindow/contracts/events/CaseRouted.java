package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;

/** {@code cn.onewindow.case.routed.v1} on {@code onewindow.routing.case.v1}: assigned to a department's back office. */
public record CaseRouted(String caseId, String itemCode, String itemName, String departmentCode, String queue,
                         ItemType itemType, int promisedDays, String applicantName, DeliveryMethod deliveryMethod,
                         Instant acceptedAt, Instant routedAt, Actor actor, BundleRef bundle,
                         IntakePath intakePath, Actor firstHandler, Instant deferredUntil) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CaseRouted {
        Contract.require("caseId", caseId);
        Contract.require("itemCode", itemCode);
        Contract.require("departmentCode", departmentCode);
        Contract.require("queue", queue);
        Contract.require("applicantName", applicantName);
        Contract.require("deliveryMethod", deliveryMethod);
        Contract.require("acceptedAt", acceptedAt);
    }

    @Override
    public String topic() {
        return Topics.ROUTING_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CASE_ROUTED;
    }
}
