package cn.onewindow.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.common.time.HolidayData;
import cn.onewindow.common.time.LimitClock;
import cn.onewindow.common.time.WorkingCalendar;

/** The department clocks as plain arithmetic over the official 2026 calendar. */
class ApprovalClockTest {
    static final WorkingCalendar CAL = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    static final ApprovalClock.Warning ONE_DAY = new ApprovalClock.Warning(1, 5);

    @Test
    void fiveWorkingDaysAcrossNationalDayWithASupplementStop() {
        // accepted Tue 29 Sep 2026 10:00; stopped Wed 30 Sep 11:00 for a supplement, resumed Fri 9 Oct 15:00
        var clock = new ApprovalClock(ApprovalClock.Kind.DECISION, Instant.parse("2026-09-29T02:00:00Z"), 5, List.of(
                new LimitClock.Suspension("SUPPLEMENT", Instant.parse("2026-09-30T03:00:00Z"), Instant.parse("2026-10-09T07:00:00Z"))));
        // 30 Sep (1); 1–7 Oct holiday; 8, 9 Oct removed by the stop; Sat 10 Oct make-up (2); 12 (3), 13 (4), 14 Oct (5)
        assertThat(clock.deadline(CAL)).contains(Instant.parse("2026-10-14T16:00:00Z"));
        // warned when the office opens one working day before the last: Tue 13 Oct 09:00
        assertThat(clock.warnAt(CAL, ONE_DAY)).contains(Instant.parse("2026-10-13T01:00:00Z"));
        assertThat(clock.state(CAL, Instant.parse("2026-10-13T00:59:00Z"), ONE_DAY)).isEqualTo(ApprovalClock.State.NORMAL);
        assertThat(clock.state(CAL, Instant.parse("2026-10-13T01:00:00Z"), ONE_DAY)).isEqualTo(ApprovalClock.State.WARNING);
        assertThat(clock.state(CAL, Instant.parse("2026-10-14T16:00:00Z"), ONE_DAY)).isEqualTo(ApprovalClock.State.OVERDUE);
    }

    @Test
    void aStoppedClockHasNoDeadline() {
        var clock = new ApprovalClock(ApprovalClock.Kind.DECISION, Instant.parse("2026-09-29T02:00:00Z"), 5, List.of(
                new LimitClock.Suspension("FEE", Instant.parse("2026-09-30T03:00:00Z"), null)));
        assertThat(clock.deadline(CAL)).isEmpty();
        assertThat(clock.state(CAL, Instant.parse("2026-12-30T03:00:00Z"), ONE_DAY)).isEqualTo(ApprovalClock.State.STOPPED);
    }

    @Test
    void twentyOfficeMinutesWhileTheApplicantWaitsSkipTheNight() {
        // received Fri 9 Oct 16:50: 10 minutes that day, 10 on the make-up Saturday 10 Oct
        var clock = new ApprovalClock(ApprovalClock.Kind.ACCEPTANCE_MINUTES, Instant.parse("2026-10-09T08:50:00Z"), 20, List.of());
        assertThat(clock.deadline(CAL)).contains(Instant.parse("2026-10-10T01:10:00Z"));
        assertThat(clock.warnAt(CAL, ONE_DAY)).contains(Instant.parse("2026-10-10T01:05:00Z"));
    }
}
