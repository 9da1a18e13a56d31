package cn.onewindow.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import cn.onewindow.platform.events.CloudEventBinding;
import cn.onewindow.contracts.EventEnvelope;
import cn.onewindow.platform.observability.EventMetrics;
import cn.onewindow.platform.observability.TraceContext;
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
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Relays committed outbox rows to Kafka. Each round locks a batch with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances of a service share the work without
 * sending a row twice) and marks it published in the same statement, sends it, waits for the broker's
 * acknowledgement of every record, and only then commits the mark. A crash before that commit re-sends the
 * batch: delivery is at least once, and every consumer discards the duplicates by event id.
 *
 * <p>The relay claims with one plain statement on the reactive pool, not through Hibernate: a
 * native select there is planned anew each time (its plan-cache key never matches, docs/performance.md) and
 * marking entities costs an update per row. It polls every {@code poll-interval-ms} while this service has
 * written events in the last {@link #BUSY_FOR} ({@link Outbox} tells it, {@link #written()}), and every
 * {@code idle-poll-interval-ms} otherwise — the slow poll still finds rows another instance or a restart left.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** How long after the last event written here the relay keeps polling fast (the writer's commit follows its write). */
    static final Duration BUSY_FOR = Duration.ofSeconds(2);
    /**
     * Locks and marks a batch in one statement: the mark is seen by nobody until the round commits, which it does only
     * once the broker has acknowledged every record (a failed send rolls the mark back) — one round trip less per round
     * than a select followed by an update (docs/performance.md, session 24). The rows come back in no set order.
     */
    private static final String CLAIM = "update outbox_event set published_at = $1 where seq in (select seq from outbox_event "
            + "where published_at is null order by seq limit $2 for update skip locked) "
            + "returning seq, event_id, topic, aggregate_id, event_type, source, payload, occurred_at, traceparent";

    private final MutinyEmitter<String> emitter;
    private final EventMetrics metrics;
    private final Clock clock;
    private final Pool pool;
    private final int batchSize;
    private final AtomicLong relayed = new AtomicLong();
    private final Vertx vertx;
    private final long pollIntervalMillis;
    private final long idlePollIntervalMillis;
    private final boolean enabled;
    private final AtomicLong lastWrittenNanos = new AtomicLong(System.nanoTime() - BUSY_FOR.toNanos());
    /** The timer of an idle wait, which a write cuts short; -1 while a round runs or a fast wait is set. */
    private final AtomicLong idleTimer = new AtomicLong(-1);
    private volatile boolean stopped;

    @Inject
    public OutboxRelay(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                       MutinyEmitter<String> emitter, Clock clock, Vertx vertx, EventMetrics metrics, Pool pool,
                       OutboxSettings settings) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.clock = clock;
        this.vertx = vertx;
        this.pool = pool;
        this.batchSize = settings.batchSize();
        this.pollIntervalMillis = settings.pollIntervalMs();
        this.idlePollIntervalMillis = Math.max(settings.idlePollIntervalMs(), settings.pollIntervalMs());
        this.enabled = settings.relayEnabled();
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

    /**
     * An event was written here (its transaction commits soon): poll fast for a while, and end an idle wait now.
     * Called by {@link Outbox} for every event; cheap when the relay is already polling fast.
     */
    public void written() {
        lastWrittenNanos.set(System.nanoTime());
        // whoever takes the idle timer's id (this or the timer's own handler) runs the next round, exactly one
        long timer = idleTimer.getAndSet(-1);
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            vertx.setTimer(pollIntervalMillis, id -> runRound());
        }
    }

    private boolean busy() {
        return System.nanoTime() - lastWrittenNanos.get() < BUSY_FOR.toNanos();
    }

    // A timer loop rather than @Scheduled: the scheduler's finest period is one second, which
    // would add a second per hop; an idle round is one indexed query on an empty partial index.
    private void scheduleNextRound() {
        if (stopped) {
            return;
        }
        if (busy()) {
            vertx.setTimer(pollIntervalMillis, id -> runRound());
            return;
        }
        long timer = vertx.setTimer(idlePollIntervalMillis, id -> {
            if (idleTimer.compareAndSet(id, -1)) {
                runRound();
            }
        });
        idleTimer.set(timer);
        if (busy() && idleTimer.compareAndSet(timer, -1)) {
            // a write came between the check and the timer: do not sleep through it
            vertx.cancelTimer(timer);
            vertx.setTimer(pollIntervalMillis, id -> runRound());
        }
    }

    private void runRound() {
        Context round = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(round, true);
        round.runOnContext(v -> drain().subscribe().with(ok -> scheduleNextRound(), failed -> scheduleNextRound()));
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
        return pool.withTransaction(conn -> conn.preparedQuery(CLAIM)
                        .execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC), batchSize))
                        .flatMap(claimed -> {
                            if (claimed.size() == 0) {
                                return Uni.createFrom().item(List.<String>of());
                            }
                            // handed to the producer in the order they were written: a case's events keep their order
                            List<Row> rows = new ArrayList<>(claimed.size());
                            claimed.forEach(rows::add);
                            rows.sort(Comparator.comparingLong(row -> row.getLong("seq")));
                            List<String> types = new ArrayList<>(rows.size());
                            UniJoin.Builder<Void> join = Uni.join().builder();
                            for (Row row : rows) {
                                types.add(row.getString("event_type"));
                                join.add(send(row));
                            }
                            return join.joinAll().andFailFast().replaceWith(types);
                        }))
                // counted once the mark is committed: a batch whose commit fails is sent again and counted then
                .invoke(types -> relayed.addAndGet(types.size()))
                .invoke(types -> types.forEach(metrics::published))
                .map(List::size);
    }

    private Uni<Void> send(Row row) {
        String aggregateId = row.getString("aggregate_id");
        var envelope = new EventEnvelope(row.getUUID("event_id").toString(), row.getString("event_type"),
                row.getString("source"), aggregateId, row.getOffsetDateTime("occurred_at").toInstant(), null);
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(aggregateId)
                .withHeaders(CloudEventBinding.toHeaders(envelope))
                .build();
        // a tombstone's payload is null: the Kafka sink then sends the key with no value (its serializer keeps null)
        Message<String> message = Message.of(row.getString("payload")).addMetadata(metadata);
        String traceparent = row.getString("traceparent");
        if (traceparent != null) {
            // the producer span joins the trace of the act that wrote the event, not the relay's round
            message = message.addMetadata(TracingMetadata.withCurrent(TraceContext.parse(traceparent)));
        }
        return emitter.sendMessage(message);
    }
}
