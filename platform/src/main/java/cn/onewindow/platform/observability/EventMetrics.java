package cn.onewindow.platform.observability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code onewindow_events_published_total{type}}: every event the outbox relay handed to Kafka, by
 * CloudEvents type. Its rate is the suite's case transitions per second; the
 * {@code …deadline-warning.v1} and {@code …overdue.v1} series count deadline warnings and overdue cases.
 */
@ApplicationScoped
public class EventMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> published = new ConcurrentHashMap<>();

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(String type) {
        published.computeIfAbsent(type, t -> Counter.builder("onewindow.events.published")
                .description("Events relayed from the outbox to Kafka, by CloudEvents type")
                .tag("type", t)
                .register(registry)).increment();
    }
}
