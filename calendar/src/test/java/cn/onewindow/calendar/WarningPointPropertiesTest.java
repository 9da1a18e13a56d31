package cn.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The warning point over the two published years, for any start minute, limit and hall setting: a case
 * is never in warning at its start, is in warning in its last part, and is warned with exactly its window
 * left — a share of the limit, at least the floor (within half its run).
 */
class WarningPointPropertiesTest {
    final WorkingCalendar cal = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    final OfficeHours hours = OfficeHours.DEFAULT;

    /** A start at any minute of 2025 up to late 2026 (the limit must end inside the published years). */
    static Instant start(int minuteOffset) {
        return OfficeMinutesTest.bj("2025-01-01T00:00").plusSeconds(minuteOffset * 60L);
    }

    @Property
    void noWorkingDayLimitIsInWarningAtItsStart(@ForAll @IntRange(max = 680 * 24 * 60) int minute,
                                               @ForAll @IntRange(max = 40) int workingDays,
                                               @ForAll @DoubleRange(min = 0.01, max = 0.99) double share,
                                               @ForAll @LongRange(max = 960) long atLeast) {
        Instant start = start(minute);
        Instant deadline = cal.deadline(start, workingDays);
        Assume.that(cal.officeMinutesBetween(start, deadline, hours) > 0); // taken after closing on a same-day limit: nothing runs
        Instant warnAt = new WarningPoint(share, atLeast).warnAt(cal, hours, start, deadline, workingDays * hours.minutesPerDay());
        assertThat(warnAt).isAfter(start).isBeforeOrEqualTo(deadline);
    }

    @Property
    void noMinuteLimitIsInWarningAtItsStart(@ForAll @IntRange(max = 680 * 24 * 60) int minute,
                                           @ForAll @IntRange(min = 1, max = 600) int minutes,
                                           @ForAll @DoubleRange(min = 0.01, max = 0.99) double share,
                                           @ForAll @LongRange(max = 960) long atLeast) {
        Instant start = start(minute);
        Instant deadline = cal.addOfficeMinutes(start, minutes, hours);
        assertThat(new WarningPoint(share, atLeast).warnAt(cal, hours, start, deadline, minutes)).isAfter(start);
    }

    @Property
    void theHallDefaultWarnsInTheLastPartOfEveryLimit(@ForAll @IntRange(max = 680 * 24 * 60) int minute,
                                                      @ForAll @IntRange(max = 40) int workingDays) {
        Instant start = start(minute);
        Instant deadline = cal.deadline(start, workingDays);
        long run = cal.officeMinutesBetween(start, deadline, hours);
        Assume.that(run >= 2);
        Instant warnAt = new WarningPoint(0.2, 120).warnAt(cal, hours, start, deadline, workingDays * hours.minutesPerDay());
        // the last office minute before the deadline is always in warning
        assertThat(warnAt).isBeforeOrEqualTo(cal.minusOfficeMinutes(deadline, 1, hours));
    }

    @Property
    void whenWarnedTheWindowIsLeftAShareOfTheLimitAndAtLeastTheFloorWithinHalfTheRun(
            @ForAll @IntRange(max = 680 * 24 * 60) int minute, @ForAll @IntRange(max = 40) int workingDays,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double share, @ForAll @LongRange(max = 960) long atLeast) {
        Instant start = start(minute);
        Instant deadline = cal.deadline(start, workingDays);
        long limit = workingDays * hours.minutesPerDay();
        long run = cal.officeMinutesBetween(start, deadline, hours);
        var point = new WarningPoint(share, atLeast);
        long left = cal.officeMinutesBetween(point.warnAt(cal, hours, start, deadline, limit), deadline, hours);
        assertThat(run).as("a limit never runs shorter than it is stated").isGreaterThanOrEqualTo(limit);
        assertThat(left).isEqualTo(point.windowMinutes(limit, run))
                .isGreaterThanOrEqualTo((long) Math.floor(share * limit))
                .isGreaterThanOrEqualTo(Math.min(atLeast, run / 2));
    }

    @Property
    void aLongerLimitIsNeverWarnedLater(@ForAll @IntRange(max = 680 * 24 * 60) int minute,
                                        @ForAll @IntRange(max = 30) int workingDays, @ForAll @IntRange(max = 10) int more) {
        Instant start = start(minute);
        var point = new WarningPoint(0.2, 120);
        long shorter = leftWhenWarned(point, start, workingDays);
        long longer = leftWhenWarned(point, start, workingDays + more);
        assertThat(longer).isGreaterThanOrEqualTo(shorter);
    }

    private long leftWhenWarned(WarningPoint point, Instant start, int workingDays) {
        Instant deadline = cal.deadline(start, workingDays);
        Instant warnAt = point.warnAt(cal, hours, start, deadline, workingDays * hours.minutesPerDay());
        return cal.officeMinutesBetween(warnAt, deadline, hours);
    }
}
