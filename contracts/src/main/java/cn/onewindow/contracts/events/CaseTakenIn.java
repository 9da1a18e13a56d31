package cn.onewindow.contracts.events;

import java.time.Instant;
import java.util.List;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.Channel;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * {@code cn.onewindow.case.accepted.v1} on {@code onewindow.intake.case.v1}: the window took the
 * file in. Carries what routing and approval need without reading intake's database; no ID-card
 * number (personal data stays in intake). {@code deferredUntil}: a 容缺 case owes materials until then
 * (null when nothing is owed). {@code reviewPoints}: the clerk's answer on each review point of the item version
 * (added later: null in events recorded before). {@code channel}: how the application reached the hall (null: at
 * the window, as every event recorded before it was added); {@code acceptedAt} is the take-in for POST too (the daily
 * ledger, the paper transfer limit and the 20-minute acceptance while waiting count from it; the working-day limits
 * from {@code limitsFrom}). {@code commitments}: the materials the applicant replaced by a signed commitment
 * (证明事项告知承诺制), which the department verifies within {@code commitmentCheckDays} working days after an
 * approval (the item version's limit); both null when none was signed, and in events recorded before.
 * {@code applicantRef}: the applicant's keyed pseudonym (cn.onewindow.platform.security.ApplicantRef: HMAC of the ID
 * number, or of the organisation's code, under the hall's key), by which services other than intake serve the
 * applicant their own cases without holding the number; null in events recorded before it was added.
 * {@code limitsFrom}: the instant the case's working-day limits (the acceptance within days, the promised limit) count
 * from when it is not the take-in: a postal case's parcel registration (签收登记); null means {@code acceptedAt} (every
 * case taken in at the window, and events recorded before it was added).
 * Added for 区域通办, 情形 and 帮办代办 (each null in events recorded before, which were all taken in at the home hall
 * for its own items, with no situation and no helper): {@code hallCode} the hall whose window took the file in (its
 * case number carries it); {@code owningHallCode} the hall that owns the item (its department decides, its office hours
 * count the department's minutes) — differs from {@code hallCode} for a 通办 take-in; {@code pickupHallCode} where the
 * applicant chose to collect the result (the taking or the owning hall); {@code situationCode} the item's situation
 * (情形) the checklist followed ({@code statutoryDays}/{@code promisedDays} are then the situation's);
 * {@code helpRequestId} the help request (帮办代办) whose helper took the file in on the applicant's behalf.
 */
public record CaseTakenIn(String caseId, String itemCode, String itemName, int catalogueVersion,
                           String departmentCode, String departmentName, ItemType itemType, int statutoryDays,
                           int promisedDays, String applicantKind, String applicantName, DeliveryMethod deliveryMethod,
                           IntakePath intakePath, Instant acceptedAt, Actor actor, BundleRef bundle,
                           Instant deferredUntil, List<ReviewPointChecked> reviewPoints,
                           Channel channel, List<String> commitments, Integer commitmentCheckDays,
                           String applicantRef, Instant limitsFrom, String hallCode, String owningHallCode,
                           String pickupHallCode, String situationCode, String helpRequestId) implements CaseEvent {
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

    /** Before halls, situations and the help desk (events recorded before; the home hall's own items). */
    public CaseTakenIn(String caseId, String itemCode, String itemName, int catalogueVersion, String departmentCode,
                       String departmentName, ItemType itemType, int statutoryDays, int promisedDays, String applicantKind,
                       String applicantName, DeliveryMethod deliveryMethod, IntakePath intakePath, Instant acceptedAt,
                       Actor actor, BundleRef bundle, Instant deferredUntil, List<ReviewPointChecked> reviewPoints,
                       Channel channel, List<String> commitments, Integer commitmentCheckDays, String applicantRef,
                       Instant limitsFrom) {
        this(caseId, itemCode, itemName, catalogueVersion, departmentCode, departmentName, itemType, statutoryDays,
                promisedDays, applicantKind, applicantName, deliveryMethod, intakePath, acceptedAt, actor, bundle,
                deferredUntil, reviewPoints, channel, commitments, commitmentCheckDays, applicantRef, limitsFrom, null, null,
                null, null, null);
    }

    /** The hall whose window took the file in; {@code home} (the service's own hall) for events recorded before halls. */
    public String takingHall(String home) {
        return hallCode != null ? hallCode : home;
    }

    /** The hall owning the item (its department decides); {@code home} for events recorded before halls. */
    public String owningHall(String home) {
        return owningHallCode != null ? owningHallCode : takingHall(home);
    }

    /** Where the result is collected; the taking hall where none was chosen. */
    public String pickupHall(String home) {
        return pickupHallCode != null ? pickupHallCode : takingHall(home);
    }

    /** Without a registration the limits count from (every case but a postal one; events recorded before it was added). */
    public CaseTakenIn(String caseId, String itemCode, String itemName, int catalogueVersion, String departmentCode,
                       String departmentName, ItemType itemType, int statutoryDays, int promisedDays, String applicantKind,
                       String applicantName, DeliveryMethod deliveryMethod, IntakePath intakePath, Instant acceptedAt,
                       Actor actor, BundleRef bundle, Instant deferredUntil, List<ReviewPointChecked> reviewPoints,
                       Channel channel, List<String> commitments, Integer commitmentCheckDays, String applicantRef) {
        this(caseId, itemCode, itemName, catalogueVersion, departmentCode, departmentName, itemType, statutoryDays,
                promisedDays, applicantKind, applicantName, deliveryMethod, intakePath, acceptedAt, actor, bundle,
                deferredUntil, reviewPoints, channel, commitments, commitmentCheckDays, applicantRef, null);
    }

    /** Without commitments (告知承诺): none were signed (and events recorded before they were added). */
    public CaseTakenIn(String caseId, String itemCode, String itemName, int catalogueVersion, String departmentCode,
                       String departmentName, ItemType itemType, int statutoryDays, int promisedDays, String applicantKind,
                       String applicantName, DeliveryMethod deliveryMethod, IntakePath intakePath, Instant acceptedAt,
                       Actor actor, BundleRef bundle, Instant deferredUntil, List<ReviewPointChecked> reviewPoints,
                       Channel channel) {
        this(caseId, itemCode, itemName, catalogueVersion, departmentCode, departmentName, itemType, statutoryDays,
                promisedDays, applicantKind, applicantName, deliveryMethod, intakePath, acceptedAt, actor, bundle,
                deferredUntil, reviewPoints, channel, null, null, null);
    }

    /** Without the applicant's pseudonym (events recorded before it was added). */
    public CaseTakenIn(String caseId, String itemCode, String itemName, int catalogueVersion, String departmentCode,
                       String departmentName, ItemType itemType, int statutoryDays, int promisedDays, String applicantKind,
                       String applicantName, DeliveryMethod deliveryMethod, IntakePath intakePath, Instant acceptedAt,
                       Actor actor, BundleRef bundle, Instant deferredUntil, List<ReviewPointChecked> reviewPoints,
                       Channel channel, List<String> commitments, Integer commitmentCheckDays) {
        this(caseId, itemCode, itemName, catalogueVersion, departmentCode, departmentName, itemType, statutoryDays,
                promisedDays, applicantKind, applicantName, deliveryMethod, intakePath, acceptedAt, actor, bundle,
                deferredUntil, reviewPoints, channel, commitments, commitmentCheckDays, null);
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
