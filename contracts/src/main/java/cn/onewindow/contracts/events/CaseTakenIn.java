package cn.onewindow.contracts.events;

import java.time.Instant;
import java.util.List;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * {@code cn.onewindow.case.accepted.v1} on {@code onewindow.intake.case.v1}: the window took the
 * file in. Carries what routing and approval need without reading intake's database; no ID-card
 * number (personal data stays in intake). {@code deferredUntil}: a 容缺 case owes materials until then
 * (null when nothing is owed). {@code reviewPoints}: the clerk's answer on each review point of the item version
 * (added later: null in events recorded before).
 */
public record CaseTakenIn(String caseId, String itemCode, String itemName, int catalogueVersion,
                           String departmentCode, String departmentName, ItemType itemType, int statutoryDays,
                           int promisedDays, String applicantKind, String applicantName, DeliveryMethod deliveryMethod,
                           IntakePath intakePath, Instant acceptedAt, Actor actor, BundleRef bundle,
                           Instant deferredUntil, List<ReviewPointChecked> reviewPoints) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CaseTakenIn {
        Contract.require("caseId", caseId);
        Contract.require("itemCode", itemCode);
        Contract.require("departmentCode", departmentCode);
        Contract.require("itemType", itemType);
        Contract.require("applicantName", applicantName);
        Contract.require("deliveryMethod", deliveryMethod);
        Contract.require("intakePath", intakePath);
        Contract.require("acceptedAt", acceptedAt);
    }

    @Override
    public String topic() {
        return Topics.INTAKE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CASE_TAKEN_IN;
    }
}
