package cn.onewindow.platform.events;

import static cn.onewindow.contracts.CloudEventHeaders.CONTENT_TYPE;
import static cn.onewindow.contracts.CloudEventHeaders.ID;
import static cn.onewindow.contracts.CloudEventHeaders.JSON;
import static cn.onewindow.contracts.CloudEventHeaders.SOURCE;
import static cn.onewindow.contracts.CloudEventHeaders.SPEC_VERSION;
import static cn.onewindow.contracts.CloudEventHeaders.SPEC_VERSION_1_0;
import static cn.onewindow.contracts.CloudEventHeaders.SUBJECT;
import static cn.onewindow.contracts.CloudEventHeaders.TIME;
import static cn.onewindow.contracts.CloudEventHeaders.TYPE;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import cn.onewindow.contracts.CloudEventHeaders;
import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.contracts.MalformedEventException;

/**
 * Maps an {@link EventEnvelope} to and from Kafka records: the CloudEvents Kafka binding in binary mode, with the header
 * names of {@link CloudEventHeaders}. Written here rather than by SmallRye's CloudEvents support, which would change
 * {@code ce_time}'s text and add a header (docs/architecture.md, "Why the relay writes the CloudEvents headers itself").
 */
public final class CloudEventBinding {
    private CloudEventBinding() {
    }

    /** The headers of one event, in the order of {@link CloudEventHeaders#ALL}. */
    public static Headers toHeaders(EventEnvelope e) {
        RecordHeaders h = new RecordHeaders();
        h.add(SPEC_VERSION, bytes(SPEC_VERSION_1_0));
        h.add(ID, bytes(e.id()));
        h.add(TYPE, bytes(e.type()));
        h.add(SOURCE, bytes(e.source()));
        h.add(SUBJECT, bytes(e.subject()));
        h.add(TIME, bytes(e.time().toString()));
        h.add(CONTENT_TYPE, bytes(JSON));
        return h;
    }

    /**
     * Reads an envelope back. A record without the CloudEvents attributes, or whose value is not
     * JSON, is malformed: the exception sends it to the consumer's dead-letter topic.
     *
     * <p>A record with a null value is a tombstone (the outbox writes one to delete a key from a compacted
     * topic, {@code Outbox.tombstone}), not a malformed record: its envelope has a missing node for data
     * ({@link EventEnvelope#isTombstone()}). A consumer that does not act on its type passes it (the inbox
     * skips types it is not given); one that does acts on the type alone — there is no data to read.
     */
    public static EventEnvelope fromRecord(ConsumerRecord<String, String> record, ObjectMapper json) {
        String id = required(record.headers(), ID);
        String type = required(record.headers(), TYPE);
        String source = required(record.headers(), SOURCE);
        String subject = optional(record.headers(), SUBJECT, record.key());
        String time = optional(record.headers(), TIME, null);
        try {
            return new EventEnvelope(id, type, source, subject,
                    time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time),
                    record.value() == null ? MissingNode.getInstance() : json.readTree(record.value()));
        } catch (Exception ex) {
            throw new MalformedEventException("value of event " + id + " is not valid JSON: " + ex.getMessage());
        }
    }

    private static String required(Headers headers, String name) {
        String v = optional(headers, name, null);
        if (v == null || v.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name);
        }
        return v;
    }

    private static String optional(Headers headers, String name, String fallback) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? fallback : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
