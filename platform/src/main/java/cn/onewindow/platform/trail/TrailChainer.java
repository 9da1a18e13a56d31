package cn.onewindow.platform.trail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.onewindow.platform.persistence.SessionSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Gives new trail entries their place in the chain, in the order they became visible (a transaction
 * that commits late is chained late, never into the middle). One instance chains at a time: the round
 * takes a transaction-scoped advisory lock and skips when another instance holds it.
 */
@ApplicationScoped
public class TrailChainer {
    private static final Logger LOG = Logger.getLogger(TrailChainer.class);
    /** The advisory lock key of the chain (one chain per service database). */
    static final long CHAIN_LOCK = 7310002L;
    private final int batch;

    public TrailChainer(@ConfigProperty(name = "onewindow.trail.batch-size", defaultValue = "500") int batch) {
        this.batch = batch;
    }

    @Scheduled(every = "${onewindow.trail.chain-every:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRound() {
        return chain().onFailure().invoke(ex -> LOG.warnf("trail chaining failed, will retry: %s", ex.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Chains the entries waiting, up to one batch; returns how many. The entries are read as plain rows, not entities:
     * the session would otherwise check each of them for changes at the commit, and Hibernate plans a native select
     * anew on every call (SessionSql), once a second in every service.
     */
    public Uni<Integer> chain() {
        return Panache.withTransaction(() -> SessionSql.single(Boolean.class, "select pg_try_advisory_xact_lock($1)", CHAIN_LOCK)
                .flatMap(locked -> !locked ? Uni.createFrom().item(0) : SessionSql
                        .select("select " + COLUMNS + " from trail_entry where position is not null order by position desc limit 1")
                        .flatMap(last -> SessionSql.select("select " + COLUMNS + " from trail_entry where position is null "
                                        + "order by seq limit $1", batch)
                                .flatMap(waiting -> waiting.isEmpty() ? Uni.createFrom().item(0)
                                        : write(link(last.isEmpty() ? null : entry(last.get(0)),
                                                waiting.stream().map(TrailChainer::entry).toList())).replaceWith(waiting.size())))));
    }

    /** The columns {@link #entry} reads, in its order. */
    private static final String COLUMNS = "seq, position, event_id, aggregate_type, aggregate_id, event_type, actor_id, actor_name, "
            + "actor_post, actor_department, delegation, catalogue_version, occurred_at, what, hash";

    static TrailEntry entry(Object[] row) {
        TrailEntry e = new TrailEntry();
        e.seq = ((Number) row[0]).longValue();
        e.position = row[1] == null ? null : ((Number) row[1]).longValue();
        e.eventId = row[2] instanceof UUID id ? id : UUID.fromString(row[2].toString());
        e.aggregateType = (String) row[3];
        e.aggregateId = (String) row[4];
        e.eventType = (String) row[5];
        e.actorId = (String) row[6];
        e.actorName = (String) row[7];
        e.actorPost = (String) row[8];
        e.actorDepartment = (String) row[9];
        e.delegation = (String) row[10];
        e.catalogueVersion = (String) row[11];
        e.occurredAt = row[12] instanceof OffsetDateTime t ? t.toInstant() : (Instant) row[12];
        e.what = (String) row[13];
        e.hash = (String) row[14];
        return e;
    }

    /**
     * The links of the waiting entries, in order; the entries themselves stay untouched, so Hibernate writes none of
     * them back at the flush (one full-row update per entry, each a round trip, before: docs/performance.md, session 12).
     */
    static Links link(TrailEntry last, List<TrailEntry> waiting) {
        long position = last == null ? 0 : last.position;
        String prev = last == null ? TrailChain.GENESIS : last.hash;
        var links = new Links(new Long[waiting.size()], new Long[waiting.size()], new String[waiting.size()], new String[waiting.size()]);
        for (int i = 0; i < waiting.size(); i++) {
            TrailEntry e = waiting.get(i);
            position++;
            String hash = TrailChain.hash(prev, e.toChainEntry(position, prev));
            links.seq()[i] = e.seq;
            links.position()[i] = position;
            links.prevHash()[i] = prev;
            links.hash()[i] = hash;
            prev = hash;
        }
        return links;
    }

    /** One statement for the whole round (the append-only trigger still checks each row: set once, nothing else changed). */
    private static Uni<Integer> write(Links links) {
        return SessionSql.update("update trail_entry t set position = l.position, prev_hash = l.prev_hash, hash = l.hash "
                        + "from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) as l(seq, position, prev_hash, hash) "
                        + "where t.seq = l.seq and t.position is null",
                links.seq(), links.position(), links.prevHash(), links.hash())
                .invoke(n -> {
                    if (n != links.seq().length) {
                        // another chainer cannot hold the lock; fewer rows means the waiting entries changed under us
                        throw new IllegalStateException("chained " + n + " of " + links.seq().length + " trail entries");
                    }
                });
    }

    record Links(Long[] seq, Long[] position, String[] prevHash, String[] hash) {
    }
}
