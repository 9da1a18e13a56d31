package cn.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.vocabulary.ClockState;

class LimitClockTest {
    final WorkingCalendar cal = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));

    /** 10:00 Beijing time on the given day. */
    static Instant at(String day) {
        return Instant.parse(day + "T02:00:00Z");
    }

    @Test
    void fiveWorkingDaysAcrossSpringFestival() {
        // accepted Thu 12 Feb 2026: 13 (1), Sat 14 make-up (2), holiday 15–23, 24 (3), 25 (4), 26 (5)
        var clock = LimitClock.started(at("2026-02-12"), 5);
        assertThat(clock.deadline(cal)).contains(Instant.parse("2026-02-26T16:00:00Z"));
    }

    @Test
    void aSupplementStopMovesTheDeadlineByTheWorkingDaysItLasted() {
        // stopped Tue 24 Feb (3 days used: 13, 14, 24), resumed Fri 27 Feb → 2 left: Sat 28 (make-up), Mon 2 Mar
        var clock = LimitClock.started(at("2026-02-12"), 5).suspend("补正", at("2026-02-24"));
        assertThat(clock.deadline(cal)).isEmpty();
        assertThat(clock.state(cal, at("2026-03-20"), 1)).isEqualTo(ClockState.STOPPED);
        var resumed = clock.resume(at("2026-02-27"));
        assertThat(resumed.suspendedWorkingDays(cal)).isEqualTo(3);
        assertThat(resumed.deadline(cal)).contains(Instant.parse("2026-03-02T16:00:00Z"));
    }

    @Test
    void warningAndOverdueAtTheRightWorkingMinute() {
        var clock = LimitClock.started(at("2026-02-12"), 5); // last day Thu 26 Feb
        // warned one working day before the last: from 00:00 Wed 25 Feb Beijing time
        assertThat(clock.warningFrom(cal, 1)).contains(Instant.parse("2026-02-24T16:00:00Z"));
        assertThat(clock.state(cal, Instant.parse("2026-02-24T15:59:00Z"), 1)).isEqualTo(ClockState.NORMAL);
        assertThat(clock.state(cal, Instant.parse("2026-02-24T16:00:00Z"), 1)).isEqualTo(ClockState.WARNING);
        assertThat(clock.state(cal, Instant.parse("2026-02-26T15:59:00Z"), 1)).isEqualTo(ClockState.WARNING);
        assertThat(clock.state(cal, Instant.parse("2026-02-26T16:00:00Z"), 1)).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void twoStopsAddUp() {
        var clock = LimitClock.started(at("2026-09-28"), 5)
                .suspend("现场勘验", at("2026-09-29")).resume(at("2026-10-09"))   // 30 Sep, 8, 9 Oct = 3
                .suspend("缴费", at("2026-10-12")).resume(at("2026-10-12"));      // same day: 0
        assertThat(clock.suspendedWorkingDays(cal)).isEqualTo(3);
        // 8 working days after Mon 28 Sep: 29, 30, 8, 9, Sat 10, 12, 13, 14 → close of Wed 14 Oct
        assertThat(clock.deadline(cal)).contains(Instant.parse("2026-10-14T16:00:00Z"));
    }
}
