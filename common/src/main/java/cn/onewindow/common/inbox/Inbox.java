package cn.onewindow.common.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.common.events.CloudEventHeaders;
import cn.onewindow.common.events.EventEnvelope;
import cn.onewindow.common.events.MalformedEventException;
import cn.onewindow.common.observability.CaseIdLogContext;
import cn.onewindow.common.observability.TraceContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies an incoming event exactly once. The event id is claimed in {@code processed_event}
 * first ({@code ON CONFLICT DO NOTHING}); only if the claim is new does the effect run, in the
 * same transaction. A redelivered event (after a crash, a rebalance, a replayed dead letter, or a
 * re-sent outbox batch) finds its id taken and changes nothing. Two instances receiving the same
 * event at once serialise on the primary key: the second sees the first's row after it commits.
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

    private final Retrying retrying;
    private final long lockTimeoutMillis;
    private final String instance;

    public Inbox(ObjectMapper json, Clock clock, @Readiness ConsumerOutages outages,
                 @ConfigProperty(name = "onewindow.inbox.retries", defaultValue = "30") long retries,
                 @ConfigProperty(name = "onewindow.inbox.lock-timeout-ms", defaultValue = "5000") long lockTimeoutMillis,
                 @ConfigProperty(name = "onewindow.instance") String instance) {
        this.json = json;
        this.clock = clock;
        // retries: how often a record's own failure is tried again before it is dead-lettered (an outage is not counted)
        this.retrying = new Retrying(retries, Duration.ofMillis(200), Duration.ofSeconds(5), outages);
        this.lockTimeoutMillis = lockTimeoutMillis;
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

    /**
     * Applies {@code effect} once for this record. What a failure leads to is {@link FailureKind}'s
     * call, through {@link Retrying}: an outage (database or broker away) is waited out however long
     * it lasts, a poison record fails at once (the channel's failure strategy puts it in the
     * dead-letter topic), any other failure is retried a few times first. An outage delays events; it
     * never diverts them.
     */
    public Uni<Void> once(String consumer, ConsumerRecord<String, String> record,
                          Function<EventEnvelope, Uni<Void>> effect) {
        if (replayedForAnother(consumer, record)) {
            return Uni.createFrom().voidItem();
        }
        // the effect's log lines name the case, and the events it writes continue the record's trace
        if (record.key() != null) {
            MDC.put(CaseIdLogContext.CASE_ID, record.key());
        }
        var traceparent = record.headers().lastHeader(TraceContext.TRACEPARENT);
        if (traceparent != null && traceparent.value() != null) {
            TraceContext.continueFrom(new String(traceparent.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        EventEnvelope event = CloudEventHeaders.fromRecord(record, json);
        return retrying.run(consumer + " <- " + record.topic(), "event " + event.id() + " (" + event.type() + ")",
                () -> apply(consumer, event, effect));
    }

    /**
     * {@link #once} for a consumer that acts on some event types only. A record of any other type passes
     * without a transaction — there is nothing to apply, so nothing to remember — which spares the
     * database most of the records on a topic (measured in docs/performance.md). A record without a type
     * still goes through {@link #once} and so, malformed, to the dead-letter topic.
     */
    public Uni<Void> once(String consumer, ConsumerRecord<String, String> record, Set<String> handledTypes,
                          Function<EventEnvelope, Uni<Void>> effect) {
        var type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type != null && type.value() != null
                && !handledTypes.contains(new String(type.value(), java.nio.charset.StandardCharsets.UTF_8))) {
            return Uni.createFrom().voidItem();
        }
        return once(consumer, record, effect);
    }

    /** A replayed dead letter meant for another service ({@code consumer} is "service" or "service/part"). */
    static boolean replayedForAnother(String consumer, ConsumerRecord<String, String> record) {
        var h = record.headers().lastHeader(REPLAY_FOR);
        if (h == null || h.value() == null) {
            return false;
        }
        String service = consumer.contains("/") ? consumer.substring(0, consumer.indexOf('/')) : consumer;
        return !service.equals(new String(h.value(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private Uni<Void> apply(String consumer, EventEnvelope event, Function<EventEnvelope, Uni<Void>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                // the lock timeout (set for this transaction, in the same statement) keeps an event from
                // waiting forever behind a stuck lock: it fails, is retried, and in the end dead-lettered
                .flatMap(s -> s.createNativeQuery("insert into processed_event(consumer, event_id, event_type, processed_at, handled_by) "
                                + "select :c, :id, :t, :at, :by where set_config('lock_timeout', :lt, true) is not null "
                                + "on conflict do nothing")
                        .setParameter("lt", lockTimeoutMillis + "ms")
                        .setParameter("by", instance)
                        .setParameter("c", consumer).setParameter("id", event.id()).setParameter("t", event.type())
                        .setParameter("at", clock.instant())
                        .executeUpdate())
                .flatMap(claimed -> {
                    if (claimed == 0) {
                        LOG.debugf("%s: event %s (%s) already processed, skipped", consumer, event.id(), event.type());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(event);
                }));
    }
}
