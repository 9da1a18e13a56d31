package cn.onewindow.contracts;

import java.time.Instant;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event as it travels: CloudEvents attributes (sent as Kafka headers, binary mode) around a
 * JSON value. {@code subject} is the aggregate id (the case number for case events) and is also
 * the record key, so one case's events stay ordered on one partition.
 */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, JsonNode data) {
    /**
     * A tombstone: the record's value was null (a compacted topic's deletion of its key), so there is no data;
     * {@code data} is then a missing node. A consumer acts on a tombstone by its type, never by its data.
     */
    public boolean isTombstone() {
        return data == null || data.isMissingNode();
    }
}
