package cn.onewindow.contracts;

import java.util.List;

/**
 * The Kafka headers every event carries: its CloudEvents attributes in binary mode (CloudEvents Kafka protocol binding
 * 1.0, section 3.2: each attribute as a {@code ce_}-prefixed header, the data's media type as {@code content-type}), the
 * value being the event's JSON. The one spelling of these names: the relay writes them and the consumers read them
 * ({@code cn.onewindow.platform.events.CloudEventBinding}), ops-cli shows them; docs/asyncapi.yaml describes them.
 * Why the relay writes them itself rather than through SmallRye's CloudEvents metadata: docs/architecture.md,
 * "Why the relay writes the CloudEvents headers itself".
 */
public final class CloudEventHeaders {
    /** {@code ce_specversion}: always {@link #SPEC_VERSION_1_0}. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** {@code ce_id}: the event id (a UUID); consumers apply each id once. */
    public static final String ID = "ce_id";
    /** {@code ce_type}: one of {@link EventTypes}. */
    public static final String TYPE = "ce_type";
    /** {@code ce_source}: {@code /onewindow/<service>}. */
    public static final String SOURCE = "ce_source";
    /** {@code ce_subject}: the aggregate id, also the record key (the case number for case events). */
    public static final String SUBJECT = "ce_subject";
    /** {@code ce_time}: when it happened, as {@link java.time.Instant#toString()} writes it (UTC, {@code Z}). */
    public static final String TIME = "ce_time";
    /** {@code content-type}: the value's media type, always {@link #JSON} (binary mode maps datacontenttype here). */
    public static final String CONTENT_TYPE = "content-type";

    /** The value of {@link #SPEC_VERSION}. */
    public static final String SPEC_VERSION_1_0 = "1.0";
    /** The value of {@link #CONTENT_TYPE}. */
    public static final String JSON = "application/json";

    /** The headers in the order the relay writes them. */
    public static final List<String> ALL = List.of(SPEC_VERSION, ID, TYPE, SOURCE, SUBJECT, TIME, CONTENT_TYPE);

    private CloudEventHeaders() {
    }
}
