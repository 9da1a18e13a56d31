package cn.onewindow.common.trail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

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

    /** Chains the entries waiting, up to one batch; returns how many. */
    public Uni<Integer> chain() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s
                .createNativeQuery("select pg_try_advisory_xact_lock(:k)", Boolean.class).setParameter("k", CHAIN_LOCK)
                .getSingleResult()
                .flatMap(locked -> !locked ? Uni.createFrom().item(0) : s
                        .createNativeQuery("select * from trail_entry where position is not null order by position desc limit 1",
                                TrailEntry.class)
                        .getResultList()
                        .flatMap(last -> s.createNativeQuery("select * from trail_entry where position is null order by seq limit :n",
                                        TrailEntry.class).setParameter("n", batch).getResultList()
                                .invoke(waiting -> link(last.isEmpty() ? null : last.get(0), waiting))
                                .map(List::size)))));
    }

    private static void link(TrailEntry last, List<TrailEntry> waiting) {
        long position = last == null ? 0 : last.position;
        String prev = last == null ? TrailChain.GENESIS : last.hash;
        for (TrailEntry e : waiting) {
            position++;
            e.position = position;
            e.prevHash = prev;
            e.hash = TrailChain.hash(prev, e.toChainEntry(position, prev));
            prev = e.hash;
        }
    }
}
