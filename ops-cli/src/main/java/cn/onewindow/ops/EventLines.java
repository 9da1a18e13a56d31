package cn.onewindow.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import cn.onewindow.contracts.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** One line per event: when, where it sits, what it is (CloudEvents headers, binary mode). */
final class EventLines {
    private EventLines() {
    }

    static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The event's own time ({@code ce_time}); the record's timestamp when the header is missing or bad. */
    static Instant time(ConsumerRecord<byte[], byte[]> r) {
        String t = header(r, CloudEventHeaders.TIME);
        try {
            return t == null ? Instant.ofEpochMilli(r.timestamp()) : Instant.parse(t);
        } catch (RuntimeException ex) {
            return Instant.ofEpochMilli(r.timestamp());
        }
    }

    static String summary(ConsumerRecord<byte[], byte[]> r) {
        return String.format("%s  %-40s %-28s %s", time(r), r.topic() + "[" + r.partition() + "]@" + r.offset(),
                orDash(header(r, CloudEventHeaders.TYPE)), orDash(header(r, CloudEventHeaders.SOURCE)));
    }

    static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
