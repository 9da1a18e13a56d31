package cn.onewindow.contracts.events;

import cn.onewindow.contracts.Actor;

/**
 * One event a service publishes: the record is its value (written as JSON), and the record knows where it goes —
 * its topic, its CloudEvents type, the aggregate it belongs to and the key that keeps that aggregate's events in
 * order on one partition. {@code Outbox.publish} takes nothing else, so an event's shape is declared once, here,
 * and read by its consumers as the same record. Sealed: every event type of the suite is listed below, and
 * {@code docs/asyncapi.yaml} is checked against exactly this list (EventCatalogueTest).
 *
 * <p>The methods are deliberately not bean getters ({@code topic()}, not {@code getTopic()}): Jackson writes a record's
 * components and nothing else, so the wire format is the components alone.
 */
public sealed interface Event permits CaseEvent, WindowNoticeIssued, ContactRecorded, ContactErased, TicketIssued,
        TicketCalled, ItemVersionPublished, DelegationGranted, DelegationEnded, CalendarYearPublished, BundleJoined,
        SupervisionEscalated, HallPublished, SignOffRequested, SignOffDecided, EnquiryEscalated, FaqEntryApproved {

    /** The Kafka topic ({@link cn.onewindow.contracts.Topics}). */
    String topic();

    /** The CloudEvents {@code type} ({@link cn.onewindow.contracts.EventTypes}). */
    String eventType();

    /** What the key names: "case", "notice", "bundle", "ticket", "catalogue-item", … (the outbox row's aggregate type). */
    String aggregateType();

    /** The record key and CloudEvents subject: one aggregate's events share it, so they stay in order. */
    String key();

    /** Who acted, for the trail (全程留痕); null for an event no person or service acted in. */
    default Actor actor() {
        return null;
    }

    /**
     * Whether the event is an act on a case or the hall's reference data that the trail records. Not so the calling
     * queue's tickets, nor the applicant's contact (phone numbers the trail must not copy; the take-in is trailed).
     */
    default boolean trailed() {
        return true;
    }

    /** A tombstone travels as its key with no value: a compacted topic then forgets every earlier record of the key. */
    default boolean tombstone() {
        return false;
    }
}
