package cn.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The warning point on the 2026 calendar: a share of the limit, at least the last office hours (#22, item 6). */
class WarningPointTest {
    final WorkingCalendar cal = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    final OfficeHours hours = OfficeHours.DEFAULT;
    /** The hall's default for working-day clocks: a fifth of the limit, at least the last two office hours. */
    final WarningPoint days = new WarningPoint(0.2, 120);

    static Instant bj(String localDateTime) {
        return OfficeMinutesTest.bj(localDateTime);
    }

    Instant warnAt(WarningPoint point, Instant start, int workingDays) {
        return point.warnAt(cal, hours, start, cal.deadline(start, workingDays), workingDays * hours.minutesPerDay());
    }

    @Test
    void aOneWorkingDayItemIsNotInWarningAtItsStartButInItsLastTwoOfficeHours() {
        // accepted Mon 23 Nov 2026 10:00, due by the end of Tue 24 Nov; a fifth of 8 hours is 96 minutes, the floor 2 hours
        Instant start = bj("2026-11-23T10:00");
        assertThat(warnAt(days, start, 1)).isEqualTo(bj("2026-11-24T15:00")).isAfter(start);
    }

    @Test
    void aFiveWorkingDayLimitWarnsWhenTheHallOpensOnItsLastDay() {
        // a fifth of five days is one office day: from 09:00 of the last day, not 17:00 the evening before
        assertThat(warnAt(days, bj("2026-11-23T10:00"), 5)).isEqualTo(bj("2026-11-30T09:00"));
        // across Spring Festival: Fri 13 Feb + 5 → Fri 27 Feb (Sat 14 is a make-up working day)
        assertThat(warnAt(days, bj("2026-02-13T10:00"), 5)).isEqualTo(bj("2026-02-27T09:00"));
    }

    @Test
    void aTwentyDayLimitWarnsFourWorkingDaysAhead() {
        // Mon 2 Nov + 20 working days → Mon 30 Nov; four office days back: 25, 26, 27, 30 Nov
        assertThat(warnAt(days, bj("2026-11-02T10:00"), 20)).isEqualTo(bj("2026-11-25T09:00"));
    }

    @Test
    void aSameDayLimitGetsItsLastTwoHoursButNeverMoreThanHalfOfWhatItRuns() {
        assertThat(warnAt(days, bj("2026-11-23T10:00"), 0)).isEqualTo(bj("2026-11-23T15:00"));
        // taken at 16:30, 30 office minutes left: warned for the last 15
        assertThat(warnAt(days, bj("2026-11-23T16:30"), 0)).isEqualTo(bj("2026-11-23T16:45"));
        // taken after closing: no office time to warn in; the deadline itself (no warning)
        Instant late = bj("2026-11-23T18:00");
        assertThat(warnAt(days, late, 0)).isEqualTo(cal.deadline(late, 0));
    }

    @Test
    void theTwentyMinuteClockWarnsWithAQuarterLeft() {
        var minutes = new WarningPoint(0.25, 0);
        Instant start = bj("2026-11-23T10:00");
        Instant deadline = cal.addOfficeMinutes(start, 20, hours);
        assertThat(minutes.warnAt(cal, hours, start, deadline, 20)).isEqualTo(bj("2026-11-23T10:15"));
        // received Fri 9 Oct 16:50: 10 minutes that day, 10 on the make-up Saturday; warned at 09:05
        Instant friday = bj("2026-10-09T16:50");
        assertThat(minutes.warnAt(cal, hours, friday, cal.addOfficeMinutes(friday, 20, hours), 20)).isEqualTo(bj("2026-10-10T09:05"));
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new WarningPoint(0, 120)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarningPoint(1, 120)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarningPoint(0.2, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
