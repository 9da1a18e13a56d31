package cn.onewindow.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.CalendarCoverage;
import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.calendar.HolidayYear;

/**
 * A year whose notice was never entered is not the hall's word: a deadline counted into it is provisional,
 * the hall is warned from 1 November, and entering the year tells the holders of stored deadlines.
 */
class UnenteredYearTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final WorkingCalendar shipped = HolidayData.shippedCalendar(SHANGHAI);

    @Test
    void aDeadlineCountedIntoAYearNotEnteredIsProvisional() {
        // the shipped data holds 2025 and 2026: 31 Dec 2026 + 1 working day reaches 2027 by weekends alone
        Instant start = Instant.parse("2026-12-31T02:00:00Z");
        Instant deadline = shipped.deadline(start, 1);
        assertThat(deadline).isEqualTo(Instant.parse("2027-01-01T16:00:00Z"));
        assertThat(shipped.isProvisional(start, deadline)).isTrue();
        assertThat(shipped.isProvisional(deadline)).isTrue();
        // ending on the last day of 2026 is the hall's word (the deadline instant is the close of that day)
        Instant inYear = shipped.deadline(Instant.parse("2026-12-29T02:00:00Z"), 2);
        assertThat(inYear).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(shipped.isProvisional(Instant.parse("2026-12-29T02:00:00Z"), inYear)).isFalse();
        // a span across an unentered year is provisional even if it ends in an entered one
        var withLater = calendarWith(Map.of("2026", year(), "2028", year()));
        assertThat(withLater.isProvisional(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2028-01-10T00:00:00Z"))).isTrue();
    }

    @Test
    void theHallIsWarnedFromTheFirstOfNovemberWhenNextYearIsMissing() {
        assertThat(CalendarCoverage.yearToEnter(shipped, LocalDate.parse("2026-10-31"))).isEmpty();
        assertThat(CalendarCoverage.yearToEnter(shipped, LocalDate.parse("2026-11-01"))).hasValue(2027);
        assertThat(CalendarCoverage.yearToEnter(shipped, LocalDate.parse("2026-12-31"))).hasValue(2027);
        assertThat(CalendarCoverage.yearToEnter(shipped, LocalDate.parse("2025-11-15"))).as("2026 is entered").isEmpty();
        assertThat(CalendarCoverage.yearToEnter(shipped, LocalDate.parse("2027-03-01"))).as("this year itself").hasValue(2027);
    }

    @Test
    void enteringAYearIsSeenByWhoeverLooksForChangesSinceTheirLastLook() {
        var holder = new CalendarHolder();
        assertThat(holder.calendar().isEntered(2027)).isFalse();
        assertThat(holder.earliestYearChangedSince(0)).isEmpty();
        holder.replaceYear("2027", new HolidayYear(Map.of("元旦", List.of(LocalDate.parse("2027-01-01"))), List.of(), "test"));
        long seen = holder.version();
        assertThat(holder.calendar().isEntered(2027)).isTrue();
        assertThat(holder.calendar().isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(holder.earliestYearChangedSince(0)).hasValue(2027);
        assertThat(holder.earliestYearChangedSince(seen)).isEmpty();
        holder.replaceYear("2026", holder.years().get("2026"));
        assertThat(holder.earliestYearChangedSince(seen)).hasValue(2026);
    }

    private static HolidayYear year() {
        return new HolidayYear(Map.of(), List.of(), "test");
    }

    private static WorkingCalendar calendarWith(Map<String, HolidayYear> years) {
        return WorkingCalendar.of(years, SHANGHAI);
    }
}
