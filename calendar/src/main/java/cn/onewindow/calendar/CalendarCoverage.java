package cn.onewindow.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.OptionalInt;

/**
 * Which year the hall must enter now. The State Council publishes next year's holidays and make-up days
 * (国务院办公厅关于节假日安排的通知) in the autumn, usually in November; from 1 November a 20-working-day
 * limit started in December already ends in the next year, so from then on a missing next year is worth a
 * warning, and a missing current year always is (every deadline counted in it is provisional).
 */
public final class CalendarCoverage {
    /** From this day of the year the next year's notice is expected to be entered. */
    public static final Month WARN_FROM_MONTH = Month.NOVEMBER;

    private CalendarCoverage() {
    }

    /** The year to enter as of {@code today}: this year if missing, else next year from 1 November if missing. */
    public static OptionalInt yearToEnter(WorkingCalendar calendar, LocalDate today) {
        if (!calendar.isEntered(today.getYear())) {
            return OptionalInt.of(today.getYear());
        }
        if (today.getMonthValue() >= WARN_FROM_MONTH.getValue() && !calendar.isEntered(today.getYear() + 1)) {
            return OptionalInt.of(today.getYear() + 1);
        }
        return OptionalInt.empty();
    }
}
