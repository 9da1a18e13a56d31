package cn.onewindow.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WarningPoint;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.ClockState;

/**
 * 区域通办: office hours per hall used by every minute clock of a department case. The same instants give different
 * deadlines and warnings in the home hall (DX, 9:00–17:00) and in the station (JZ, 8:30–17:30): a clock counts in the
 * hours of the hall OWNING the item, and the hall's extended evenings (延时服务) never count.
 */
class OfficeHoursPerHallTest {
    static final WorkingCalendar CAL = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    static final ApprovalClock.Warnings WARNINGS = new ApprovalClock.Warnings(new WarningPoint(0.25, 0),
            new WarningPoint(0.2, 120), new WarningPoint(0.2, 120));
    static final OfficeHours DX = OfficeHours.of(hall("DX", "09:00", "17:00", List.of()));
    // the station's evening service on Mondays until 19:00 is service, not limit time
    static final OfficeHours JZ = OfficeHours.of(hall("JZ", "08:30", "17:30",
            List.of(new HallDefinition.ExtendedHours(java.time.DayOfWeek.MONDAY, LocalTime.of(19, 0)))));
    /** Mon 23 Nov 2026 16:50 Beijing. */
    static final Instant MON_1650 = Instant.parse("2026-11-23T08:50:00Z");

    static HallDefinition hall(String code, String opens, String closes, List<HallDefinition.ExtendedHours> extended) {
        return new HallDefinition(code, code, "131025", "大城县", HallDefinition.HALL, LocalTime.parse(opens),
                LocalTime.parse(closes), extended, List.of(), List.of("AMR"), List.of(), 60, null);
    }

    @Test
    void theTwentyAcceptanceMinutesRunInTheOwningHallsHours() {
        var home = new ApprovalClock(ClockKind.ACCEPTANCE_MINUTES, MON_1650, 20, List.of(), DX);
        var station = new ApprovalClock(ClockKind.ACCEPTANCE_MINUTES, MON_1650, 20, List.of(), JZ);
        // DX closes at 17:00: 10 minutes on Monday, 10 from Tuesday's opening
        assertThat(home.deadline(CAL)).contains(Instant.parse("2026-11-24T01:10:00Z")); // Tue 09:10
        assertThat(home.warnAt(CAL, WARNINGS)).contains(Instant.parse("2026-11-24T01:05:00Z")); // Tue 09:05
        // JZ closes at 17:30 (its evening until 19:00 does not count either way): all 20 on Monday
        assertThat(station.deadline(CAL)).contains(Instant.parse("2026-11-23T09:10:00Z")); // Mon 17:10
        assertThat(station.warnAt(CAL, WARNINGS)).contains(Instant.parse("2026-11-23T09:05:00Z")); // Mon 17:05
        Instant mon1720 = Instant.parse("2026-11-23T09:20:00Z");
        assertThat(home.state(CAL, mon1720, WARNINGS)).isEqualTo(ClockState.NORMAL);
        assertThat(station.state(CAL, mon1720, WARNINGS)).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aStopIsTakenOutInTheOwningHallsOfficeMinutes() {
        // stopped Mon 16:55 after 5 minutes, resumed Tue 08:40: 15 minutes left — DX runs them from its 09:00 opening,
        // JZ (open since 08:30) at once
        var stop = List.of(new LimitClock.Suspension("INSPECTION", Instant.parse("2026-11-23T08:55:00Z"),
                Instant.parse("2026-11-24T00:40:00Z")));
        assertThat(new ApprovalClock(ClockKind.ACCEPTANCE_MINUTES, MON_1650, 20, stop, DX).deadline(CAL))
                .contains(Instant.parse("2026-11-24T01:15:00Z")); // Tue 09:15
        assertThat(new ApprovalClock(ClockKind.ACCEPTANCE_MINUTES, MON_1650, 20, stop, JZ).deadline(CAL))
                .contains(Instant.parse("2026-11-24T00:55:00Z")); // Tue 08:55
    }

    @Test
    void aWorkingDayLimitEndsAtMidnightEverywhereButWarnsInTheHallsOfficeTime() {
        Instant mon1000 = Instant.parse("2026-11-23T02:00:00Z");
        var home = new ApprovalClock(ClockKind.DECISION, mon1000, 1, List.of(), DX);
        var station = new ApprovalClock(ClockKind.DECISION, mon1000, 1, List.of(), JZ);
        assertThat(home.deadline(CAL)).isEqualTo(station.deadline(CAL)).contains(Instant.parse("2026-11-24T16:00:00Z"));
        // the last two office hours of Tuesday: until 17:00 at DX, until 17:30 at JZ
        assertThat(home.warnAt(CAL, WARNINGS)).contains(Instant.parse("2026-11-24T07:00:00Z")); // Tue 15:00
        assertThat(station.warnAt(CAL, WARNINGS)).contains(Instant.parse("2026-11-24T07:30:00Z")); // Tue 15:30
    }

    @Test
    void aClockBuiltWithoutHoursCountsInTheHomeHallsDefault() {
        var before = new ApprovalClock(ClockKind.ACCEPTANCE_MINUTES, MON_1650, 20, List.of());
        assertThat(before.hours()).isEqualTo(OfficeHours.DEFAULT);
        assertThat(before.deadline(CAL)).contains(Instant.parse("2026-11-24T01:10:00Z"));
    }
}
