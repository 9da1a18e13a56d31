package cn.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;


/** Minute-level limits run only while the hall is open (9:00–17:00 on working days). */
class OfficeMinutesTest {
    final WorkingCalendar cal = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    final OfficeHours hours = OfficeHours.DEFAULT;

    /** Beijing wall-clock time as an instant. */
    static Instant bj(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void thirtyMinutesWithinTheDay() {
        assertThat(cal.addOfficeMinutes(bj("2026-11-23T10:00"), 30, hours)).isEqualTo(bj("2026-11-23T10:30"));
    }

    @Test
    void aTransferAtClosingTimeCarriesOverToTheNextWorkingMorning() {
        // Fri 16:50 + 20 minutes: 10 on Friday, 10 on Monday morning
        assertThat(cal.addOfficeMinutes(bj("2026-11-20T16:50"), 20, hours)).isEqualTo(bj("2026-11-23T09:10"));
    }

    @Test
    void theSpringFestivalEveStopsTheMinutesUntilTheHallReopens() {
        // Sat 14 Feb 2026 is a make-up working day; 15–23 Feb off; the hall reopens Tue 24 Feb
        assertThat(cal.addOfficeMinutes(bj("2026-02-14T16:55"), 10, hours)).isEqualTo(bj("2026-02-24T09:05"));
        assertThat(cal.officeMinutesBetween(bj("2026-02-14T16:55"), bj("2026-02-24T09:05"), hours)).isEqualTo(10);
    }

    @Test
    void countingBackFromAMidnightDeadlineStopsAtTheOpeningNotTheEveningBefore() {
        // the end of Mon 23 Nov: one office day back is 09:00 that Monday; one minute more is Friday 16:59
        Instant deadline = bj("2026-11-24T00:00");
        assertThat(cal.minusOfficeMinutes(deadline, 480, hours)).isEqualTo(bj("2026-11-23T09:00"));
        assertThat(cal.minusOfficeMinutes(deadline, 481, hours)).isEqualTo(bj("2026-11-20T16:59"));
        assertThat(cal.minusOfficeMinutes(deadline, 0, hours)).isEqualTo(deadline);
    }

    @Test
    void countingBackAcrossTheSpringFestival() {
        // the mirror of adding: 10 minutes before Tue 24 Feb 09:05 is 16:55 on the make-up Saturday 14 Feb
        assertThat(cal.minusOfficeMinutes(bj("2026-02-24T09:05"), 10, hours)).isEqualTo(bj("2026-02-14T16:55"));
    }

    @Test
    void withinOneWorkingDay() {
        Instant decided = bj("2026-09-30T15:00"); // the eve of National Day
        assertThat(cal.withinWorkingDays(decided, bj("2026-10-08T23:59"), 1)).isTrue();
        assertThat(cal.withinWorkingDays(decided, bj("2026-10-09T00:00"), 1)).isFalse();
    }
}
