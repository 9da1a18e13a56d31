package cn.onewindow.issuance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;

class IssuanceLimitsTest {
    static final WorkingCalendar CAL = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));

    @Test
    void oneWorkingDayFromAFridayDecisionEndsOnMonday() {
        Instant due = IssuanceLimits.arrivalDue(CAL, Instant.parse("2026-11-27T02:00:00Z")); // Fri 27 Nov 10:00
        assertThat(due).isEqualTo(Instant.parse("2026-11-30T16:00:00Z")); // end of Mon 30 Nov
        assertThat(IssuanceLimits.warnAt(CAL, due, OfficeHours.DEFAULT)).isEqualTo(Instant.parse("2026-11-30T01:00:00Z")); // Mon 09:00
    }

    @Test
    void aDecisionBeforeNationalDayArrivesByTheFirstWorkingDayAfter() {
        // Wed 30 Sep 2026 15:00; 1–7 Oct are holidays: the next working day is Thu 8 Oct
        Instant due = IssuanceLimits.notifyDue(CAL, Instant.parse("2026-09-30T07:00:00Z"));
        assertThat(due).isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        assertThat(IssuanceLimits.warnAt(CAL, due, OfficeHours.DEFAULT)).isEqualTo(Instant.parse("2026-10-08T01:00:00Z"));
    }

    /** 区域通办: the same due time warns at the opening of the hall handing the result out — 08:30 at the station. */
    @Test
    void theWarningComesAtThePickupHallsOpening() {
        Instant due = IssuanceLimits.arrivalDue(CAL, Instant.parse("2026-11-27T02:00:00Z"));
        var station = new OfficeHours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30));
        assertThat(IssuanceLimits.warnAt(CAL, due, station)).isEqualTo(Instant.parse("2026-11-30T00:30:00Z")); // Mon 08:30
        assertThat(IssuanceLimits.warnAt(CAL, due, OfficeHours.DEFAULT)).isEqualTo(Instant.parse("2026-11-30T01:00:00Z"));
    }
}
