package cn.onewindow.common.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import cn.onewindow.common.events.CloudEventHeaders;
import cn.onewindow.common.events.EventEnvelope;
import cn.onewindow.common.observability.EventMetrics;
import cn.onewindow.common.observability.TraceContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.groups.UniJoin;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Relays committed outbox rows to Kafka. Each round locks a batch with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances of a service share the work without
 * sending a row twice), sends it, waits for the broker's acknowledgement of every record, and only
 * then marks the rows published, in the same transaction. A crash before the mark re-sends the
 * batch: delivery is at least once, and every consumer discards the duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final EventMetrics metrics;
    private final Clock clock;
    private final int batchSize;
    private final AtomicLong relayed = new AtomicLong();
    private final Vertx vertx;
    private final long pollIntervalMillis;
    private final boolean enabled;
    private volatile boolean stopped;

    @Inject
    public OutboxRelay(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                       MutinyEmitter<String> emitter, Clock clock, Vertx vertx, EventMetrics metrics,
                       @ConfigProperty(name = "onewindow.outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "onewindow.outbox.poll-interval-ms", defaultValue = "50") long pollIntervalMillis,
                       @ConfigProperty(name = "onewindow.outbox.relay-enabled", defaultValue = "true") boolean enabled) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.clock = clock;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.pollIntervalMillis = pollIntervalMillis;
        this.enabled = enabled;
    }

    /** Starts the polling loop (unless a component test drives the relay by hand). */
    void onStart(@Observes StartupEvent ev) {
        if (enabled) {
            scheduleNextRound();
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        stopped = true;
    }

    // A timer loop rather than @Scheduled: the scheduler's finest period is one second, which
    // would add a second per hop; an idle round is one indexed query on an empty partial index.
    private void scheduleNextRound() {
        if (stopped) {
            return;
        }
        vertx.setTimer(pollIntervalMillis, id -> {
            Context round = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(round, true);
            round.runOnContext(v -> drain().subscribe().with(ok -> scheduleNextRound(), failed -> scheduleNextRound()));
        });
    }

    /** Relays batches until the outbox is empty. */
    public Uni<Void> drain() {
        return relayBatch().flatMap(n -> n >= batchSize ? drain() : Uni.createFrom().voidItem())
                .onFailure().invoke(ex -> LOG.warnf("outbox relay round failed, will retry: %s", ex.toString()))
                .onFailure().recoverWithNull();
    }

    public long relayedCount() {
        return relayed.get();
    }

    Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s
                .createNativeQuery("select * from outbox_event where published_at is null order by seq limit :n "
                        + "for update skip locked", OutboxEvent.class)
                .setParameter("n", batchSize)
                .getResultList()
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(List.<String>of());
                    }
                    List<Uni<Void>> sends = new ArrayList<>(rows.size());
                    for (OutboxEvent row : rows) {
                        sends.add(send(row));
                    }
                    UniJoin.Builder<Void> join = Uni.join().builder();
                    sends.forEach(join::add);
                    var now = clock.instant();
                    return join.joinAll().andFailFast()
                            .invoke(() -> rows.forEach(r -> r.publishedAt = now))
                            .replaceWith(() -> rows.stream().map(r -> r.eventType).toList());
                })))
                // counted once the mark is committed: a batch whose commit fails is sent again and counted then
                .invoke(types -> relayed.addAndGet(types.size()))
                .invoke(types -> types.forEach(metrics::published))
                .map(List::size);
    }

    private Uni<Void> send(OutboxEvent row) {
        var envelope = new EventEnvelope(row.eventId.toString(), row.eventType, row.source, row.aggregateId,
                row.occurredAt, null);
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.aggregateId)
                .withHeaders(CloudEventHeaders.toHeaders(envelope))
                .build();
        // a tombstone's payload is null: the Kafka sink then sends the key with no value (its serializer keeps null)
        Message<String> message = Message.of(row.payload).addMetadata(metadata);
        if (row.traceparent != null) {
            // the producer span joins the trace of the act that wrote the event, not the relay's round
            message = message.addMetadata(TracingMetadata.withCurrent(TraceContext.parse(row.traceparent)));
        }
        return emitter.sendMessage(message);
    }
}
