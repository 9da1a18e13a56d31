package cn.onewindow.calendar;

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

    @Property
    void countingBackThenCountingGivesTheMinutes(@ForAll @IntRange(max = 700 * 24 * 60) int minuteOffset,
                                                 @ForAll @IntRange(max = 3000) int minutes) {
        Instant end = bj("2025-01-01T00:00").plusSeconds(minuteOffset * 60L);
        assertThat(cal.officeMinutesBetween(cal.minusOfficeMinutes(end, minutes, hours), end, hours)).isEqualTo(minutes);
    }

    @Property
    void countingBackLandsWhileTheHallIsOpen(@ForAll @IntRange(max = 700 * 24 * 60) int minuteOffset,
                                             @ForAll @IntRange(min = 1, max = 3000) int minutes) {
        var t = java.time.LocalDateTime.ofInstant(
                cal.minusOfficeMinutes(bj("2025-01-01T00:00").plusSeconds(minuteOffset * 60L), minutes, hours), cal.zone());
        assertThat(cal.isWorkingDay(t.toLocalDate())).isTrue();
        assertThat(t.toLocalTime()).isAfterOrEqualTo(hours.opens()).isBefore(hours.closes());
    }

    @Property
    void countingBackIsTheMirrorOfAdding(@ForAll @IntRange(max = 700 * 24 * 60) int minuteOffset,
                                         @ForAll @IntRange(min = 1, max = 3000) int k, @ForAll @IntRange(min = 1, max = 3000) int minutes) {
        // an end while the hall is open (as every minute deadline is); 0 minutes would move an end at closing time to
        // the next opening, which is adding's rule for a start, not a mirror
        Instant end = cal.addOfficeMinutes(bj("2025-01-01T00:00").plusSeconds(minuteOffset * 60L), k, hours);
        assertThat(cal.addOfficeMinutes(cal.minusOfficeMinutes(end, minutes, hours), minutes, hours)).isEqualTo(end);
    }
}
