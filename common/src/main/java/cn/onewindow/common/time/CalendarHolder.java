package cn.onewindow.common.time;

import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;

/**
 * The working-day calendar in force in this service: starts from the shipped official data and
 * takes the hall admin's edits as they arrive on the calendar topic ({@link CalendarEventsConsumer}).
 * Readers call {@link #calendar()} each time, so an edit applies to every later computation.
 */
@Singleton
public class CalendarHolder {
    private final Map<String, HolidayData.Year> years = new TreeMap<>(HolidayData.readShipped());
    private volatile WorkingCalendar calendar = WorkingCalendar.of(years, ClockProducer.HALL_ZONE);

    public WorkingCalendar calendar() {
        return calendar;
    }

    public synchronized void replaceYear(String year, HolidayData.Year data) {
        years.put(year, data);
        calendar = WorkingCalendar.of(years, ClockProducer.HALL_ZONE);
    }

    public synchronized Map<String, HolidayData.Year> years() {
        return Map.copyOf(years);
    }
}
