package cn.onewindow.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock every service reads time from, in the hall's zone. Tests replace it (a
 * {@code @Alternative} or QuarkusMock) so that deadline logic never depends on the wall clock.
 */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.system(HALL_ZONE);
    }
}
