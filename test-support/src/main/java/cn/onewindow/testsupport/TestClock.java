package cn.onewindow.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.onewindow.platform.time.ClockProducer;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * The component tests' clock: the wall clock until a test moves it, so deadline and version logic
 * is tested at chosen instants, never at whatever "now" happens to be.
 */
public class TestClock extends Clock {
    private static volatile Duration offset = Duration.ZERO;

    public static void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    /**
     * Moves the clock to {@code instant} and runs one scan of a monitor there, as its schedule would (on a Vert.x
     * context), waiting for it: {@code tickAt("2026-10-14T01:00:00Z", monitor::tick)}. A monitor's schedule is off in
     * the component tests, so the test drives each scan at the instant it means.
     *
     * @return what the scan returned (its counts)
     * @throws AssertionError when the scan failed
     */
    public static <T> T tickAt(String instant, Supplier<Uni<T>> scan) {
        moveTo(Instant.parse(instant));
        try {
            return VertxContextSupport.subscribeAndAwait(scan);
        } catch (Throwable e) {
            throw new AssertionError("monitor tick at " + instant + " failed", e);
        }
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.HALL_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Replaces the production clock in every component test of this service. */
    public static class Producer {
        @Produces
        @Alternative
        @Priority(1)
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
