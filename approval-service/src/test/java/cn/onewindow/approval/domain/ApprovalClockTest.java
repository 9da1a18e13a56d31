package cn.onewindow.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.WarningPoint;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.ClockState;

/** The department clocks as plain arithmetic over the official 2026 calendar. */
class ApprovalClockTest {
    static final WorkingCalendar CAL = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    /** The hall's defaults (application.properties): a fifth of a working-day limit, at least its last two office hours. */
    static final ApprovalClock.Warnings WARNINGS = new ApprovalClock.Warnings(new WarningPoint(0.25, 0),
            new WarningPoint(0.2, 120), new WarningPoint(0.2, 120));

    @Test
    void fiveWorkingDaysAcrossNationalDayWithASupplementStop() {
        // accepted Tue 29 Sep 2026 10:00; stopped Wed 30 Sep 11:00 for a supplement, resumed Fri 9 Oct 15:00
        var clock = new ApprovalClock(ClockKind.DECISION, Instant.parse("2026-09-29T02:00:00Z"), 5, List.of(
                new LimitClock.Suspension("SUPPLEMENT", Instant.parse("2026-09-30T03:00:00Z"), Instant.parse("2026-10-09T07:00:00Z"))));
        // 30 Sep (1); 1–7 Oct holiday; 8, 9 Oct removed by the stop; Sat 10 Oct make-up (2); 12 (3), 13 (4), 14 Oct (5)
        assertThat(clock.deadline(CAL)).contains(Instant.parse("2026-10-14T16:00:00Z"));
        // a fifth of five working days is left from when the office opens on the last day: Wed 14 Oct 09:00
        assertThat(clock.warnAt(CAL, WARNINGS)).contains(Instant.parse("2026-10-14T01:00:00Z"));
        assertThat(clock.state(CAL, Instant.parse("2026-10-14T00:59:00Z"), WARNINGS)).isEqualTo(ClockState.NORMAL);
        assertThat(clock.state(CAL, Instant.parse("2026-10-14T01:00:00Z"), WARNINGS)).isEqualTo(ClockState.WARNING);
        assertThat(clock.state(CAL, Instant.parse("2026-10-14T16:00:00Z"), WARNINGS)).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aStoppedClockHasNoDeadline() {
        var clock = new ApprovalClock(ClockKind.DECISION, Instant.parse("2026-09-29T02:00:00Z"), 5, List.of(
                new LimitClock.Suspension("FEE", Instant.parse("2026-09-30T03:00:00Z"), null)));
        assertThat(clock.deadline(CAL)).isEmpty();
        assertThat(clock.state(CAL, Instant.parse("2026-12-30T03:00:00Z"), WARNINGS)).isEqualTo(ClockState.STOPPED);
    }

    @Test
    void twentyOfficeMinutesWhileTheApplicantWaitsSkipTheNight() {
        // received Fri 9 Oct 16:50: 10 minutes that day, 10 on the make-up Saturday 10 Oct
        var clock = new ApprovalClock(ClockKind.ACCEPTANCE_MINUTES, Instant.parse("2026-10-09T08:50:00Z"), 20, List.of());
        assertThat(clock.deadline(CAL)).contains(Instant.parse("2026-10-10T01:10:00Z"));
        // a quarter of 20 minutes: 5 office minutes before
        assertThat(clock.warnAt(CAL, WARNINGS)).contains(Instant.parse("2026-10-10T01:05:00Z"));
    }

    @Test
    void aOneWorkingDayDecisionIsNormalAtItsStartAndInWarningForItsLastTwoOfficeHours() {
        // #22 item 6: with a fixed "one working day before" this case was in warning from its first minute
        // accepted Mon 23 Nov 2026 10:00, due by the end of Tue 24 Nov
        var clock = new ApprovalClock(ClockKind.DECISION, Instant.parse("2026-11-23T02:00:00Z"), 1, List.of());
        assertThat(clock.deadline(CAL)).contains(Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(clock.state(CAL, Instant.parse("2026-11-23T02:00:00Z"), WARNINGS)).isEqualTo(ClockState.NORMAL);
        assertThat(clock.state(CAL, Instant.parse("2026-11-24T06:59:00Z"), WARNINGS)).isEqualTo(ClockState.NORMAL);
        assertThat(clock.warnAt(CAL, WARNINGS)).contains(Instant.parse("2026-11-24T07:00:00Z")); // Tue 15:00
        assertThat(clock.state(CAL, Instant.parse("2026-11-24T07:00:00Z"), WARNINGS)).isEqualTo(ClockState.WARNING);
    }
}
