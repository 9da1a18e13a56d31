package cn.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.hall.HallDefinition;

/**
 * 区域通办: two halls with different hours count the same minute limit to different instants, and a hall's extended
 * evenings (延时服务) and appointment Saturdays (预约办) never count: only its regular hours do.
 */
class HallOfficeHoursTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    final WorkingCalendar cal = HolidayData.shippedCalendar(BEIJING);

    static Instant bj(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    static HallDefinition hall(String code, String opens, String closes) {
        return new HallDefinition(code, code, "131000", "廊坊市", HallDefinition.HALL, LocalTime.parse(opens),
                LocalTime.parse(closes), List.of(new HallDefinition.ExtendedHours(DayOfWeek.TUESDAY, LocalTime.of(19, 0))),
                List.of(LocalDate.parse("2026-12-05")), List.of("AMR"), List.of(), 60, null);
    }

    final OfficeHours dx = OfficeHours.of(hall("DX", "09:00", "17:00"));
    final OfficeHours jz = OfficeHours.of(hall("JZ", "08:30", "17:30"));

    @Test
    void theSameLimitEndsWhereEachHallsHoursSay() {
        // Fri 4 Dec 2026 16:50, 20 office minutes: DX closes at 17:00 (10 left for Monday from 9:00),
        // JZ at 17:30 (all 20 on Friday)
        assertThat(cal.addOfficeMinutes(bj("2026-12-04T16:50"), 20, dx)).isEqualTo(bj("2026-12-07T09:10"));
        assertThat(cal.addOfficeMinutes(bj("2026-12-04T16:50"), 20, jz)).isEqualTo(bj("2026-12-04T17:10"));
        // and a start before DX opens runs at JZ from 8:30
        assertThat(cal.addOfficeMinutes(bj("2026-12-07T08:00"), 30, jz)).isEqualTo(bj("2026-12-07T09:00"));
        assertThat(cal.addOfficeMinutes(bj("2026-12-07T08:00"), 30, dx)).isEqualTo(bj("2026-12-07T09:30"));
    }

    @Test
    void aWorkingDayIsWorthEachHallsOwnMinutes() {
        assertThat(dx.minutesPerDay()).isEqualTo(480);
        assertThat(jz.minutesPerDay()).isEqualTo(540);
    }

    @Test
    void extendedEveningsAndAppointmentDaysDoNotCount() {
        // Tue 8 Dec 2026 18:00 is inside DX's extended hours (until 19:00): the limit starts at Wednesday's opening
        assertThat(cal.addOfficeMinutes(bj("2026-12-08T18:00"), 10, dx)).isEqualTo(bj("2026-12-09T09:10"));
        // Sat 5 Dec 2026 is an appointment day of DX: no minute counts until Monday
        assertThat(cal.officeMinutesBetween(bj("2026-12-05T09:00"), bj("2026-12-05T17:00"), dx)).isZero();
    }
}
