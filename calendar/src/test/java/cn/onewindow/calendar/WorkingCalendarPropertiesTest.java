package cn.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the working-day arithmetic over the two published years. */
class WorkingCalendarPropertiesTest {
    final WorkingCalendar cal = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));

    static LocalDate day(int offset) {
        return LocalDate.parse("2025-01-01").plusDays(offset);
    }

    @Property
    void addingNThenCountingGivesN(@ForAll @IntRange(max = 700) int offset, @ForAll @IntRange(max = 60) int n) {
        LocalDate from = day(offset);
        assertThat(cal.workingDaysBetween(from, cal.addWorkingDays(from, n))).isEqualTo(n);
    }

    @Property
    void theNthWorkingDayIsAWorkingDay(@ForAll @IntRange(max = 700) int offset, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(cal.isWorkingDay(cal.addWorkingDays(day(offset), n))).isTrue();
    }

    @Property
    void addingIsMonotonicAndAdditive(@ForAll @IntRange(max = 700) int offset,
                                      @ForAll @IntRange(max = 30) int a, @ForAll @IntRange(max = 30) int b) {
        LocalDate from = day(offset);
        LocalDate viaA = cal.addWorkingDays(from, a);
        assertThat(cal.addWorkingDays(viaA, b)).isEqualTo(cal.addWorkingDays(from, a + b));
        assertThat(cal.addWorkingDays(from, a + b)).isAfterOrEqualTo(viaA);
    }

    @Property
    void aWorkingDayIsNeverAHolidayUnlessMadeUp(@ForAll @IntRange(max = 729) int offset) {
        LocalDate d = day(offset);
        boolean weekend = d.getDayOfWeek().getValue() >= 6;
        // at most: weekdays that are not holidays, and weekend days only when they are make-up days
        if (cal.isWorkingDay(d) && weekend) {
            assertThat(HolidayData.readShipped().get(String.valueOf(d.getYear())).makeUpWorkdays()).contains(d);
        }
    }
}
