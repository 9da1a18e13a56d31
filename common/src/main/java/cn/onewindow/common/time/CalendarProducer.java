package cn.onewindow.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The working-day calendar every service counts limits with (the shipped official data). */
@ApplicationScoped
public class CalendarProducer {
    @Produces
    @DefaultBean
    @Singleton
    WorkingCalendar calendar() {
        return HolidayData.shippedCalendar(ClockProducer.HALL_ZONE);
    }
}
