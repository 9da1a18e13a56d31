package cn.onewindow.contracts.events;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.calendar.HolidayYear;

/**
 * {@link EventTypes#YEAR_PUBLISHED} on {@link Topics#CALENDAR}. 法定节假日: one year's official holidays and make-up
 * working days, keyed by the year on a compacted topic.
 */
public record CalendarYearPublished(int year, HolidayYear calendar, String editedBy) implements Event {
    @Override
    public String topic() {
        return Topics.CALENDAR;
    }

    @Override
    public String eventType() {
        return EventTypes.YEAR_PUBLISHED;
    }

    @Override
    public String aggregateType() {
        return "calendar-year";
    }

    @Override
    public String key() {
        return String.valueOf(year);
    }
}
