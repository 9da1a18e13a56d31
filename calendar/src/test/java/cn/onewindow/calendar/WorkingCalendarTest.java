package cn.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Checks the arithmetic against the 2026 notice (国务院办公厅关于2026年部分节假日安排的通知). */
class WorkingCalendarTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final WorkingCalendar cal = HolidayData.shippedCalendar(SHANGHAI);

    @Test
    void springFestival2026IsOffAndItsMakeUpSaturdaysAreWorkingDays() {
        assertThat(cal.isWorkingDay(LocalDate.parse("2026-02-16"))).as("Monday in the holiday").isFalse();
        assertThat(cal.isWorkingDay(LocalDate.parse("2026-02-23"))).as("last holiday day, a Monday").isFalse();
        assertThat(cal.isWorkingDay(LocalDate.parse("2026-02-14"))).as("make-up Saturday").isTrue();
        assertThat(cal.isWorkingDay(LocalDate.parse("2026-02-28"))).as("make-up Saturday").isTrue();
        assertThat(cal.isWorkingDay(LocalDate.parse("2026-02-24"))).as("first day back").isTrue();
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeSpringFestival() {
        // Fri 13 Feb → Sat 14 (make-up, 1) → holiday 15–23 → Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5)
        assertThat(cal.addWorkingDays(LocalDate.parse("2026-02-13"), 5)).isEqualTo(LocalDate.parse("2026-02-27"));
        // and the sixth is the make-up Saturday 28 Feb
        assertThat(cal.addWorkingDays(LocalDate.parse("2026-02-13"), 6)).isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void nationalDay2026() {
        // Tue 29 Sep → Wed 30 (1) → holiday 1–7 Oct → Thu 8 (2), Fri 9 (3), Sat 10 make-up (4), Mon 12 (5)
        assertThat(cal.addWorkingDays(LocalDate.parse("2026-09-29"), 5)).isEqualTo(LocalDate.parse("2026-10-12"));
        // Mid-Autumn 25–27 Sep and the make-up Sunday 20 Sep
        assertThat(cal.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();
        assertThat(cal.addWorkingDays(LocalDate.parse("2026-09-24"), 1)).isEqualTo(LocalDate.parse("2026-09-28"));
    }

    @Test
    void deadlineIsTheCloseOfTheLastWorkingDayInTheHallsZone() {
        // accepted 10:00 Beijing time on Wed 30 Sep 2026; 1 working day → close of Thu 8 Oct (16:00 UTC)
        Instant accepted = Instant.parse("2026-09-30T02:00:00Z");
        assertThat(cal.deadline(accepted, 1)).isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        assertThat(cal.deadline(accepted, 0)).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    }

    @Test
    void countsWorkingDaysAcrossSpringFestival() {
        // after Tue 10 Feb: 11, 12, 13, 14 (make-up Sat) = 4; holiday 15–23; 24, 25, 26, 27 = 8
        LocalDate from = LocalDate.parse("2026-02-10");
        assertThat(cal.workingDaysBetween(from, LocalDate.parse("2026-02-27"))).isEqualTo(8);
        assertThat(cal.workingDaysBetween(LocalDate.parse("2026-02-27"), from)).isEqualTo(-8);
    }
}
