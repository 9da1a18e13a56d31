package cn.onewindow.platform.observability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import cn.onewindow.platform.persistence.SessionSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Gauges read from this service's own database every few seconds (a scrape never waits on a query):
 * {@code onewindow_outbox_backlog} — events written but not yet relayed, the first sign of a broker
 * outage — and {@code onewindow_cases{state}} — this service's cases by state, from the query its
 * {@code onewindow.metrics.cases-by-state} names (two columns: state, count).
 */
@ApplicationScoped
public class StateGauges {
    private static final Logger LOG = Logger.getLogger(StateGauges.class);
    private final MeterRegistry registry;
    private final Optional<String> casesByState;
    private final AtomicLong backlog = new AtomicLong();
    private final Map<String, AtomicLong> cases = new ConcurrentHashMap<>();

    public StateGauges(MeterRegistry registry,
                       @ConfigProperty(name = "onewindow.metrics.cases-by-state") Optional<String> casesByState) {
        this.registry = registry;
        this.casesByState = casesByState;
        Gauge.builder("onewindow.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet relayed to Kafka").register(registry);
    }

    @Scheduled(every = "${onewindow.metrics.refresh:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        // plain SQL (SessionSql): Hibernate would plan these native selects anew every refresh
        return Panache.withSession(() -> SessionSql.single(Long.class, "select count(*) from outbox_event where published_at is null")
                        .invoke(backlog::set)
                        .flatMap(ignored -> casesByState.isEmpty() ? Uni.createFrom().voidItem()
                                : SessionSql.select(casesByState.get()).invoke(this::setCases).replaceWithVoid()))
                .onFailure().invoke(ex -> LOG.debugf("metrics refresh failed: %s", ex.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private void setCases(List<Object[]> rows) {
        cases.values().forEach(v -> v.set(0));
        for (Object[] row : rows) {
            String state = String.valueOf(row[0]);
            long count = ((Number) row[1]).longValue();
            cases.computeIfAbsent(state, st -> {
                AtomicLong holder = new AtomicLong();
                Gauge.builder("onewindow.cases", holder, AtomicLong::get)
                        .description("This service's cases by state").tag("state", st).register(registry);
                return holder;
            }).set(count);
        }
    }
}
