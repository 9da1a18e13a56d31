package cn.onewindow.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * 区域通办: office hours per hall used by every minute clock of the paper transfer. The same instants give different
 * due times in the home hall (DX, 9:00–17:00) and in the station (JZ, 8:30–17:30): a transfer counts in the hours of
 * the TAKING hall, whose window the file leaves from; an express transfer between halls in its working days.
 */
class TransferLimitsPerHallTest {
    static final WorkingCalendar CAL = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    static final OfficeHours DX = new OfficeHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final OfficeHours JZ = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30));
    static final Instant MON_1650 = Instant.parse("2026-11-23T08:50:00Z"); // Mon 23 Nov 2026 16:50 Beijing
    static final Instant MON_0840 = Instant.parse("2026-11-23T00:40:00Z");

    static Instant due(Instant at, Integer minutes, Integer days, OfficeHours hours) {
        return TransferLimits.dueAt(CAL, at, TransferLimits.officeMinutes(minutes, days, hours), hours);
    }

    @Test
    void thirtyMinutesBeforeTheClosingRunOverTheNightOnlyWhereTheHallClosesFirst() {
        int promised = TransferLimits.minutes(ItemType.PROMISED, IntakePath.RECEIVED_ONLY);
        assertThat(promised).isEqualTo(30);
        assertThat(due(MON_1650, promised, null, DX)).isEqualTo(Instant.parse("2026-11-24T01:20:00Z")); // Tue 09:20
        assertThat(due(MON_1650, promised, null, JZ)).isEqualTo(Instant.parse("2026-11-23T09:20:00Z")); // Mon 17:20
    }

    @Test
    void aFileTakenInBeforeTheOpeningWaitsForItsOwnHallsOpening() {
        assertThat(due(MON_0840, 10, null, DX)).isEqualTo(Instant.parse("2026-11-23T01:10:00Z")); // 09:10
        assertThat(due(MON_0840, 10, null, JZ)).isEqualTo(Instant.parse("2026-11-23T00:50:00Z")); // 08:50
        // the warning three office minutes before, in the same hours
        assertThat(TransferLimits.warnAt(CAL, MON_0840, 10, 3, DX)).isEqualTo(Instant.parse("2026-11-23T01:07:00Z"));
        assertThat(TransferLimits.warnAt(CAL, MON_0840, 10, 3, JZ)).isEqualTo(Instant.parse("2026-11-23T00:47:00Z"));
    }

    @Test
    void anExpressTransferOfTwoWorkingDaysIsWorthTwoOfficeDaysOfTheTakingHall() {
        assertThat(TransferLimits.officeMinutes(null, 2, DX)).isEqualTo(960);
        assertThat(TransferLimits.officeMinutes(null, 2, JZ)).isEqualTo(1080);
        // taken in Mon 17:10: after DX's closing (counts from Tue 09:00), within JZ's hours
        Instant mon1710 = Instant.parse("2026-11-23T09:10:00Z");
        assertThat(due(mon1710, null, 2, DX)).isEqualTo(Instant.parse("2026-11-25T09:00:00Z")); // Wed 17:00
        assertThat(due(mon1710, null, 2, JZ)).isEqualTo(Instant.parse("2026-11-25T09:10:00Z")); // Wed 17:10
        // within both halls' hours: the same hour two working days on
        assertThat(due(MON_1650, null, 2, DX)).isEqualTo(due(MON_1650, null, 2, JZ))
                .isEqualTo(Instant.parse("2026-11-25T08:50:00Z"));
    }
}
