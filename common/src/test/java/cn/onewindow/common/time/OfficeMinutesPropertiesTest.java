package cn.onewindow.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Office-minute arithmetic is consistent over the two published years. */
class OfficeMinutesPropertiesTest {
    final WorkingCalendar cal = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    final OfficeHours hours = OfficeHours.DEFAULT;

    static Instant bj(String localDateTime) {
        return OfficeMinutesTest.bj(localDateTime);
    }

    @Property
    void addingThenCountingGivesTheMinutes(@ForAll @IntRange(max = 700 * 24) int hourOffset, @ForAll @IntRange(max = 3000) int minutes) {
        Instant start = bj("2025-01-01T00:00").plusSeconds(hourOffset * 3600L);
        Instant end = cal.addOfficeMinutes(start, minutes, hours);
        assertThat(cal.officeMinutesBetween(start, end, hours)).isEqualTo(minutes);
    }
}
