package cn.onewindow.platform.time;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.Wellness;

import cn.onewindow.calendar.CalendarCoverage;

/**
 * Tells the operators and the hall admin that a calendar year must be entered ({@link CalendarCoverage}):
 * a wellness check ({@code /q/health/well}, part of {@code /q/health}) — not readiness, since the service
 * still works and must stay in the load balancer — and the gauge {@code onewindow_calendar_year_missing}
 * (the year to enter, 0 when none) for an alert rule.
 */
@Wellness
@io.quarkus.runtime.Startup
@ApplicationScoped
public class CalendarWellness implements HealthCheck {
    private final CalendarHolder calendars;
    private final Clock clock;

    public CalendarWellness(CalendarHolder calendars, Clock clock, MeterRegistry registry) {
        this.calendars = calendars;
        this.clock = clock;
        Gauge.builder("onewindow.calendar.year.missing", this, CalendarWellness::yearMissing)
                .description("The calendar year whose official holiday notice must be entered now (0: none)")
                .register(registry);
    }

    double yearMissing() {
        return CalendarCoverage.yearToEnter(calendars.calendar(), today()).orElse(0);
    }

    private LocalDate today() {
        return clock.instant().atZone(ClockProducer.HALL_ZONE).toLocalDate();
    }

    @Override
    public HealthCheckResponse call() {
        var missing = CalendarCoverage.yearToEnter(calendars.calendar(), today());
        var response = HealthCheckResponse.named("Working-day calendar").status(missing.isEmpty());
        missing.ifPresent(year -> response.withData("yearToEnter", year).withData("message",
                year + "年节假日安排尚未录入：期限按周末推算，为暂定 / the " + year + " holiday notice is not entered: "
                        + "deadlines in it are counted by weekends alone and provisional"));
        return response.build();
    }
}
