package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * {@code cn.onewindow.case.routed.v1} on {@code onewindow.routing.case.v1}: assigned to a department's back office.
 * {@code acceptedAt}: the take-in at the window. {@code limitsFrom}: copied from {@link CaseTakenIn} — the instant the
 * working-day limits count from when it is not the take-in (a postal case's parcel registration); null means
 * {@code acceptedAt} (every other case, and events recorded before it was added). {@code hallCode},
 * {@code owningHallCode}, {@code pickupHallCode}: copied from {@link CaseTakenIn} (null in events recorded before halls:
 * the home hall for all three).
 */
public record CaseRouted(String caseId, String itemCode, String itemName, String departmentCode, String queue,
                         ItemType itemType, int promisedDays, String applicantName, DeliveryMethod deliveryMethod,
                         Instant acceptedAt, Instant routedAt, Actor actor, BundleRef bundle,
                         IntakePath intakePath, Actor firstHandler, Instant deferredUntil,
                         Instant limitsFrom, String hallCode, String owningHallCode,
                         String pickupHallCode) implements CaseEvent {
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

    /** Before halls (events recorded before: the home hall's own items). */
    public CaseRouted(String caseId, String itemCode, String itemName, String departmentCode, String queue,
                      ItemType itemType, int promisedDays, String applicantName, DeliveryMethod deliveryMethod,
                      Instant acceptedAt, Instant routedAt, Actor actor, BundleRef bundle,
                      IntakePath intakePath, Actor firstHandler, Instant deferredUntil, Instant limitsFrom) {
        this(caseId, itemCode, itemName, departmentCode, queue, itemType, promisedDays, applicantName, deliveryMethod,
                acceptedAt, routedAt, actor, bundle, intakePath, firstHandler, deferredUntil, limitsFrom, null, null, null);
    }

    /** The hall whose window took the file in; {@code home} for events recorded before halls. */
    public String takingHall(String home) {
        return hallCode != null ? hallCode : home;
    }

    /** The hall owning the item (its office hours count the department's minutes); {@code home} before halls. */
    public String owningHall(String home) {
        return owningHallCode != null ? owningHallCode : takingHall(home);
    }

    /** Where the result is collected; the taking hall where none was chosen. */
    public String pickupHall(String home) {
        return pickupHallCode != null ? pickupHallCode : takingHall(home);
    }

    /** Without a registration the limits count from (every case but a postal one; events recorded before it was added). */
    public CaseRouted(String caseId, String itemCode, String itemName, String departmentCode, String queue,
                      ItemType itemType, int promisedDays, String applicantName, DeliveryMethod deliveryMethod,
                      Instant acceptedAt, Instant routedAt, Actor actor, BundleRef bundle,
                      IntakePath intakePath, Actor firstHandler, Instant deferredUntil) {
        this(caseId, itemCode, itemName, departmentCode, queue, itemType, promisedDays, applicantName, deliveryMethod,
                acceptedAt, routedAt, actor, bundle, intakePath, firstHandler, deferredUntil, null);
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
