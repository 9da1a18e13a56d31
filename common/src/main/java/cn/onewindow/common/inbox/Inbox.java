package cn.onewindow.common.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.common.events.CloudEventHeaders;
import cn.onewindow.common.events.EventEnvelope;
import cn.onewindow.common.events.MalformedEventException;
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

    private final long retries;

    public Inbox(ObjectMapper json, Clock clock,
                 @ConfigProperty(name = "onewindow.inbox.retries", defaultValue = "30") long retries) {
        this.json = json;
        this.clock = clock;
        this.retries = retries;
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
     * Applies {@code effect} once for this record. A malformed record fails at once (the channel's
     * failure strategy puts it in the dead-letter topic); any other failure (database or broker
     * away, a lock conflict) is retried with back-off for a few minutes before it is dead-lettered,
     * so an outage delays events but does not divert them.
     */
    public Uni<Void> once(String consumer, ConsumerRecord<String, String> record,
                          Function<EventEnvelope, Uni<Void>> effect) {
        EventEnvelope event = CloudEventHeaders.fromRecord(record, json);
        return apply(consumer, event, effect)
                .onFailure(Inbox::transientFailure)
                .invoke(ex -> LOG.warnf("%s: event %s (%s) failed, retrying: %s", consumer, event.id(), event.type(), ex))
                .onFailure(Inbox::transientFailure)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(retries);
    }

    /**
     * Worth retrying: anything but a malformed event or a constraint the event breaks (SQLState 23…),
     * which no retry can mend — those go to the dead-letter topic at once instead of blocking the
     * partition.
     */
    static boolean transientFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException) {
                return false;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return false;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return false;
            }
        }
        return true;
    }

    private Uni<Void> apply(String consumer, EventEnvelope event, Function<EventEnvelope, Uni<Void>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(s -> s.createNativeQuery("insert into processed_event(consumer, event_id, event_type, processed_at) "
                                + "values (:c, :id, :t, :at) on conflict do nothing")
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
