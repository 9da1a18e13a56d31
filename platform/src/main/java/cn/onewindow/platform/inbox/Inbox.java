package cn.onewindow.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.platform.events.CloudEventBinding;
import cn.onewindow.contracts.CloudEventHeaders;
import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.platform.observability.CaseIdLogContext;
import cn.onewindow.platform.observability.TraceContext;
import cn.onewindow.platform.persistence.SessionSql;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies an incoming event exactly once. The event id is claimed in {@code processed_event}
 * first ({@code ON CONFLICT DO NOTHING}); only if the claim is new does the effect run, in the
 * same transaction. A redelivered event (after a crash, a rebalance, a replayed dead letter, or a
 * re-sent outbox batch) finds its id taken and changes nothing. Two instances receiving the same
 * event at once serialise on the primary key: the second sees the first's row after it commits.
 *
 * <p>A consumer receives what one poll of the broker brought ({@link #batch}): the records it acts on
 * are claimed (in one statement) and applied in one transaction, in the order they came (a case's events share a key, so a
 * partition, so this order), because a transaction's begin, commit and flush to disk cost more than most
 * effects. If that transaction fails, nothing of it stays, and the records are applied one by one as
 * with retries, so a poison record goes to the dead-letter topic alone and its batch-mates are applied.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private final ObjectMapper json;
    private final Clock clock;

    /**
     * Set by the operator tool's dead-letter replay ({@code ow dlq replay}): the record is sent back to
     * its origin topic for this service only; the other services reading that topic skip it.
     */
    public static final String REPLAY_FOR = "ow-replay-for";

    /** For {@link #batch}: the consumer acts on events of every type on its topic. */
    public static final Set<String> EVERY_TYPE = null;
    /** The MDC keys of the trace in the JSON log lines (those OpenTelemetry's Quarkus extension sets). */
    private static final String TRACE_ID = "traceId";
    private static final String SPAN_ID = "spanId";
    /** The first key of the advisory locks a batch takes on its records' keys ({@link #lockKeys}). */
    static final int KEY_LOCK_CLASS = 1_600_204;

    private final Retrying retrying;
    private final long lockTimeoutMillis;
    private final String instance;

    public Inbox(ObjectMapper json, Clock clock, @Readiness ConsumerOutages outages, InboxSettings settings,
                 @ConfigProperty(name = "onewindow.instance") String instance) {
        this.json = json;
        this.clock = clock;
        // retries: how often a record's own failure is tried again before it is dead-lettered (an outage is not counted)
        this.retrying = new Retrying(settings.retries(), Duration.ofMillis(200), Duration.ofSeconds(5), outages);
        this.lockTimeoutMillis = settings.lockTimeoutMs();
        this.instance = instance;
    }

    /** Reads an event's data as its contract record; data that does not fit is malformed. */
    public <T> T read(EventEnvelope event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (Exception ex) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type() + ") does not fit "
                    + type.getSimpleName() + ": " + ex.getMessage());
        }
    }

    /** What a consumer does with one event of a batch; its result (if not null) is handed back after the commit. */
    @FunctionalInterface
    public interface Effect<T> {
        Uni<T> apply(EventEnvelope event, ConsumerRecord<String, String> record);
    }

    /** {@link #batch(String, KafkaRecordBatch, Set, Effect)} for an effect that needs only the event. */
    public Uni<Void> batch(String consumer, KafkaRecordBatch<String, String> batch, Set<String> handledTypes,
                           Function<EventEnvelope, Uni<Void>> effect) {
        return batch(consumer, batch, handledTypes, (event, record) -> effect.apply(event)).replaceWithVoid();
    }

    /**
     * Applies the records of one poll that this consumer acts on ({@code handledTypes}; null: every type), each
     * once, in one transaction, then acknowledges the batch. Returns the effects' results once committed, in
     * record order. A batch that fails is applied again record by record, each with its retries ({@link Retrying});
     * a record that still fails is nacked alone (the channel's failure strategy sends it to the dead-letter
     * topic) and the others are applied. The method never fails for a record's sake, so the batch is acked.
     */
    public <T> Uni<List<T>> batch(String consumer, KafkaRecordBatch<String, String> batch, Set<String> handledTypes,
                                  Effect<T> effect) {
        List<KafkaRecord<String, String>> mine = new ArrayList<>();
        for (KafkaRecord<String, String> r : batch.getRecords()) {
            var record = consumerRecord(r);
            if (!replayedForAnother(consumer, record) && (handledTypes == null || handles(handledTypes, record))) {
                mine.add(r);
            }
        }
        Uni<List<T>> applied = mine.isEmpty() ? Uni.createFrom().item(List.of())
                : applyTogether(consumer, mine, effect)
                        .onFailure().recoverWithUni(failure -> {
                            LOG.debugf("%s: a batch of %d failed together (%s); applying its records one by one",
                                    consumer, mine.size(), failure);
                            return applyOneByOne(consumer, mine, effect);
                        });
        return applied.call(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    private <T> Uni<List<T>> applyTogether(String consumer, List<KafkaRecord<String, String>> records, Effect<T> effect) {
        // read once, before anything is written: a malformed record fails the batch here (as a failure of the Uni), and
        // alone later
        return Panache.withTransaction(() -> Uni.createFrom().item(() -> records.stream()
                .map(r -> CloudEventBinding.fromRecord(consumerRecord(r), json)).toList()).flatMap(events -> {
            List<T> results = new ArrayList<>();
            return lockKeys(records).chain(() -> claimAll(consumer, events)).chain(claimed -> Multi.createFrom().range(0, records.size())
                    .onItem().transformToUniAndConcatenate(i -> {
                        var r = records.get(i);
                        var event = events.get(i);
                        follow(r);
                        if (!claimed.remove(event.id())) { // applied before, or earlier in this very poll
                            LOG.debugf("%s: event %s (%s) already processed, skipped", consumer, event.id(), event.type());
                            return Uni.createFrom().item(r);
                        }
                        return effect.apply(event, consumerRecord(r)).invoke(t -> keep(results, t)).replaceWith(r);
                    })
                    .collect().asList()
                    .map(all -> results));
        }));
    }

    /**
     * Claims the batch's event ids for this consumer in one statement (one round trip for the poll, not one per
     * record); the ids claimed now, the others having been applied before. The ids are inserted in one order, so
     * two instances claiming the same records at once (a rebalance) wait for each other rather than deadlock. The
     * lock timeout is set in the same statement, as in {@link #claimAndApply}.
     */
    private Uni<Set<String>> claimAll(String consumer, List<EventEnvelope> events) {
        Map<String, String> typeOf = new LinkedHashMap<>();
        events.forEach(e -> typeOf.putIfAbsent(e.id(), e.type()));
        return SessionSql.select("insert into processed_event(consumer, event_id, event_type, processed_at, handled_by) "
                        + "select $1, e.id, e.type, $4::timestamptz, $5 from unnest($2::text[], $3::text[]) as e(id, type) "
                        + "where set_config('lock_timeout', $6, true) is not null order by e.id on conflict do nothing returning event_id",
                        consumer, typeOf.keySet().toArray(String[]::new), typeOf.values().toArray(String[]::new),
                        clock.instant(), instance, lockTimeoutMillis + "ms")
                .map(rows -> {
                    Set<String> claimed = new HashSet<>();
                    rows.forEach(row -> claimed.add((String) row[0]));
                    return claimed;
                });
    }

    /**
     * Locks the batch's keys (its cases) for this transaction, in one order. Two consumers of one service each
     * holding a batch of the same cases would otherwise lock the cases' rows in their records' orders and could
     * deadlock (seen: intake's approval and issuance consumers on intake_case). A transaction on one case, such
     * as a REST act, needs no such lock: it cannot close a cycle. The two-key form keeps these locks apart from
     * the single-key advisory locks the services take themselves.
     */
    private Uni<Void> lockKeys(List<KafkaRecord<String, String>> records) {
        var keys = records.stream().map(KafkaRecord::getKey).filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (keys.length < 2) {
            return Uni.createFrom().voidItem();
        }
        // the lock timeout is set first, as in the claim: a batch does not wait for ever behind a stuck one
        return SessionSql.select("select count(pg_advisory_xact_lock(" + KEY_LOCK_CLASS + ", h)) "
                + "from (select distinct hashtext(k) as h from unnest($1::text[]) k order by 1) ordered "
                + "where set_config('lock_timeout', $2, true) is not null", keys, lockTimeoutMillis + "ms").replaceWithVoid();
    }

    private <T> Uni<List<T>> applyOneByOne(String consumer, List<KafkaRecord<String, String>> records, Effect<T> effect) {
        List<T> results = new ArrayList<>();
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(r -> Uni.createFrom().deferred(() -> {
                            var record = consumerRecord(r);
                            follow(r);
                            EventEnvelope event = CloudEventBinding.fromRecord(record, json);
                            return retrying.run(consumer + " <- " + record.topic(), "event " + event.id() + " (" + event.type() + ")",
                                    () -> Panache.withTransaction(() -> claimAndApply(consumer, event, record, effect)));
                        })
                        .invoke(t -> keep(results, t))
                        .replaceWithVoid()
                        // the record's own failure, past its retries: it alone goes to the dead-letter topic
                        .onFailure().recoverWithUni(failure -> Uni.createFrom().completionStage(r.nack(failure)))
                        .replaceWith(r))
                .collect().asList()
                .map(all -> results);
    }

    private static <T> void keep(List<T> results, T result) {
        if (result != null) {
            results.add(result);
        }
    }

    private static boolean handles(Set<String> handledTypes, ConsumerRecord<String, String> record) {
        var type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        // a record without a type is taken: it is malformed, and only taking it sends it to the dead-letter topic
        return type == null || type.value() == null || handledTypes.contains(new String(type.value(), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> r) {
        return r.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> (ConsumerRecord<String, String>) m.getRecord())
                .orElseThrow(() -> new IllegalStateException("a batch record without its Kafka metadata"));
    }

    /** The record's case names the log lines, its trace continues into the events the effect writes. */
    private static void follow(ConsumerRecord<String, String> record) {
        if (record.key() != null) {
            MDC.put(CaseIdLogContext.CASE_ID, record.key());
        } else {
            MDC.remove(CaseIdLogContext.CASE_ID);
        }
        var traceparent = record.headers().lastHeader(TraceContext.TRACEPARENT);
        if (traceparent != null && traceparent.value() != null) {
            TraceContext.continueFrom(new String(traceparent.value(), StandardCharsets.UTF_8));
        } else {
            TraceContext.forget();
        }
    }

    /**
     * {@link #follow(ConsumerRecord)} for a record of a batch, whose consumer span is made current first and named
     * in the log lines' MDC: the connector starts the spans of a poll's records outside the consumer's context, so
     * without this the records' events would carry no span of their own and their log lines no trace id
     * (ObservabilityIT). A record without a trace clears the one before it.
     */
    private static void follow(KafkaRecord<String, String> r) {
        var record = consumerRecord(r);
        SpanContext span = r.getMetadata(TracingMetadata.class)
                .map(TracingMetadata::getCurrentContext)
                .map(traced -> {
                    traced.makeCurrent(); // replaced by the next record's, as the connector does with its own
                    return Span.fromContext(traced).getSpanContext();
                })
                .filter(SpanContext::isValid)
                .orElseGet(() -> {
                    var header = record.headers().lastHeader(TraceContext.TRACEPARENT);
                    return header == null || header.value() == null ? SpanContext.getInvalid()
                            : Span.fromContext(TraceContext.parse(new String(header.value(), StandardCharsets.UTF_8))).getSpanContext();
                });
        if (span.isValid()) {
            MDC.put(TRACE_ID, span.getTraceId());
            MDC.put(SPAN_ID, span.getSpanId());
        } else {
            MDC.remove(TRACE_ID);
            MDC.remove(SPAN_ID);
        }
        follow(record);
    }

    /** A replayed dead letter meant for another service ({@code consumer} is "service" or "service/part"). */
    static boolean replayedForAnother(String consumer, ConsumerRecord<String, String> record) {
        var h = record.headers().lastHeader(REPLAY_FOR);
        if (h == null || h.value() == null) {
            return false;
        }
        String service = consumer.contains("/") ? consumer.substring(0, consumer.indexOf('/')) : consumer;
        return !service.equals(new String(h.value(), StandardCharsets.UTF_8));
    }

    /** Claims the event for this consumer and, if the claim is new, applies the effect: inside the caller's transaction. */
    private <T> Uni<T> claimAndApply(String consumer, EventEnvelope event, ConsumerRecord<String, String> record,
                                     Effect<T> effect) {
        // the lock timeout (set for this transaction, in the same statement) keeps an event from waiting
        // forever behind a stuck lock: it fails, is retried, and in the end dead-lettered
        return SessionSql.update("insert into processed_event(consumer, event_id, event_type, processed_at, handled_by) "
                        + "select $1, $2, $3, $4::timestamptz, $5 where set_config('lock_timeout', $6, true) is not null "
                        + "on conflict do nothing",
                        consumer, event.id(), event.type(), clock.instant(), instance, lockTimeoutMillis + "ms")
                .flatMap(claimed -> {
                    if (claimed == 0) {
                        LOG.debugf("%s: event %s (%s) already processed, skipped", consumer, event.id(), event.type());
                        return Uni.createFrom().nullItem();
                    }
                    return effect.apply(event, record);
                });
    }
}
