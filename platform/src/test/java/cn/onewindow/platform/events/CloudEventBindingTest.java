package cn.onewindow.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.CloudEventHeaders;
import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.MalformedEventException;

/**
 * The CloudEvents headers as they go on the wire (binary mode): exactly these names, once each, in this order, and
 * ce_time as Instant.toString writes it — the details SmallRye's CloudEvents metadata would change
 * (docs/architecture.md, "Why the relay writes the CloudEvents headers itself").
 */
class CloudEventBindingTest {
    static final ObjectMapper JSON = new ObjectMapper();
    // a microsecond time ending in zero (PostgreSQL keeps microseconds): ISO_OFFSET_DATE_TIME would write .12345Z
    static final Instant TIME = Instant.parse("2025-05-06T01:02:03.123450Z");
    static final EventEnvelope EVENT = new EventEnvelope("5b0f6c1e-7d1a-4c55-9b7e-2f3c8f1d0a11", EventTypes.CASE_TAKEN_IN,
            "/onewindow/intake-service", "DX-2025-000123", TIME, null);

    static String text(Headers h, String name) {
        Header one = h.lastHeader(name);
        return one == null ? null : new String(one.value(), StandardCharsets.UTF_8);
    }

    static ConsumerRecord<String, String> record(Headers headers, String key, String value) {
        return new ConsumerRecord<>("onewindow.intake.case.v1", 0, 7L, 1_000L, TimestampType.CREATE_TIME, -1, -1, key, value,
                headers, Optional.empty());
    }

    @Test
    void theHeadersOnTheWireAreTheseNamesOnceEachInThisOrder() {
        Headers h = CloudEventBinding.toHeaders(EVENT);
        List<String> names = StreamSupport.stream(h.spliterator(), false).map(Header::key).toList();
        assertThat(names).containsExactly("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "content-type");
        assertThat(names).isEqualTo(CloudEventHeaders.ALL).doesNotContain("ce_datacontenttype");
        assertThat(text(h, "ce_specversion")).isEqualTo("1.0");
        assertThat(text(h, "ce_id")).isEqualTo("5b0f6c1e-7d1a-4c55-9b7e-2f3c8f1d0a11");
        assertThat(text(h, "ce_type")).isEqualTo("cn.onewindow.case.accepted.v1");
        assertThat(text(h, "ce_source")).isEqualTo("/onewindow/intake-service");
        assertThat(text(h, "ce_subject")).isEqualTo("DX-2025-000123");
        assertThat(text(h, "ce_time")).isEqualTo("2025-05-06T01:02:03.123450Z");
        assertThat(text(h, "content-type")).isEqualTo("application/json");
    }

    @Test
    void aConsumerReadsBackWhatTheRelayWrote() {
        var read = CloudEventBinding.fromRecord(record(CloudEventBinding.toHeaders(EVENT), "DX-2025-000123", "{\"caseId\":\"DX-2025-000123\"}"), JSON);
        assertThat(read.id()).isEqualTo(EVENT.id());
        assertThat(read.type()).isEqualTo(EVENT.type());
        assertThat(read.source()).isEqualTo(EVENT.source());
        assertThat(read.subject()).isEqualTo(EVENT.subject());
        assertThat(read.time()).isEqualTo(TIME);
        assertThat(read.data().get("caseId").asText()).isEqualTo("DX-2025-000123");
        assertThat(read.isTombstone()).isFalse();
    }

    @Test
    void aNullValueIsATombstoneAndTheKeyStandsInForAMissingSubject() {
        Headers h = CloudEventBinding.toHeaders(EVENT);
        h.remove(CloudEventHeaders.SUBJECT);
        var read = CloudEventBinding.fromRecord(record(h, "DX-2025-000999", null), JSON);
        assertThat(read.isTombstone()).isTrue();
        assertThat(read.subject()).isEqualTo("DX-2025-000999");
    }

    @Test
    void aRecordWithoutItsIdOrWithAValueThatIsNotJsonIsMalformed() {
        Headers noId = CloudEventBinding.toHeaders(EVENT);
        noId.remove(CloudEventHeaders.ID);
        assertThatThrownBy(() -> CloudEventBinding.fromRecord(record(noId, "k", "{}"), JSON))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_id");
        assertThatThrownBy(() -> CloudEventBinding.fromRecord(record(CloudEventBinding.toHeaders(EVENT), "k", "not json"), JSON))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining(EVENT.id());
    }
}
