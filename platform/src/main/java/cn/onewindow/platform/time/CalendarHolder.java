package cn.onewindow.platform.time;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.calendar.HolidayYear;

/**
 * The working-day calendar in force in this service: starts from the shipped official data and
 * takes the hall admin's edits as they arrive on the calendar topic ({@link CalendarEventsConsumer}).
 * Readers call {@link #calendar()} each time, so an edit applies to every later computation; what was
 * computed and stored before an edit is computed again by whoever stored it, asking
 * {@link #earliestYearChangedSince} what changed.
 */
@Singleton
public class CalendarHolder {
    private final Map<String, HolidayYear> years = new TreeMap<>(HolidayData.readShipped());
    /** For each year entered or edited since this service started: the {@link #version()} it was last changed at. */
    private final Map<Integer, Long> changedAt = new TreeMap<>();
    private long version;
    private volatile WorkingCalendar calendar = WorkingCalendar.of(years, ClockProducer.HALL_ZONE);

    public WorkingCalendar calendar() {
        return calendar;
    }

    public synchronized void replaceYear(String year, HolidayYear data) {
        years.put(year, data);
        version++;
        changedAt.put(Integer.parseInt(year), version);
        calendar = WorkingCalendar.of(years, ClockProducer.HALL_ZONE);
    }

    public synchronized Map<String, HolidayYear> years() {
        return Map.copyOf(years);
    }

    /** Counts the edits applied since this service started (0: the shipped data alone). */
    public synchronized long version() {
        return version;
    }

    /**
     * The earliest year entered or edited after {@code version} (empty if none): deadlines stored before
     * then that reach into it were counted on other data. A service's first look (version 0) sees every year
     * the calendar topic brought at start, so a restart misses no edit.
     */
    public synchronized OptionalInt earliestYearChangedSince(long version) {
        return changedAt.entrySet().stream().filter(e -> e.getValue() > version).mapToInt(Map.Entry::getKey).min();
    }
}
