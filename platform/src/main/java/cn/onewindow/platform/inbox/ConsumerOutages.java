package cn.onewindow.platform.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: which consumers are waiting on an outage right now (since when, and why). While one
 * waits, its channel holds the record and applies nothing after it — an orchestrator and an operator
 * should see that, rather than a healthy service whose lag grows. Readiness, not liveness: restarting
 * the service would not bring the database back.
 */
@Readiness
@ApplicationScoped
public class ConsumerOutages implements HealthCheck {
    record Outage(Instant since, String reason) {
    }

    private final Clock clock;
    private final Map<String, Outage> waiting = new ConcurrentHashMap<>();

    public ConsumerOutages(Clock clock) {
        this.clock = clock;
    }

    void began(String consumer, Throwable reason) {
        String why = reason.getClass().getSimpleName() + ": " + reason.getMessage();
        waiting.compute(consumer, (c, o) -> o == null ? new Outage(clock.instant(), why) : new Outage(o.since(), why));
    }

    void ended(String consumer) {
        waiting.remove(consumer);
    }

    boolean waiting(String consumer) {
        return waiting.containsKey(consumer);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Event consumers (waiting on an outage)").status(waiting.isEmpty());
        waiting.forEach((consumer, o) -> response.withData(consumer, "since " + o.since() + ": " + o.reason()));
        return response.build();
    }
}
