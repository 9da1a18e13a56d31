package cn.onewindow.platform.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.contracts.hall.HallDefinition;

/** The directory keeps the newest version of each hall, whatever order a replay of the compacted topic brings. */
class HallDirectoryTest {
    static HallDefinition jz(String opens) {
        return new HallDefinition("JZ", "九州镇便民服务站", "131002", "安次区", HallDefinition.STATION, LocalTime.parse(opens),
                LocalTime.of(17, 30), List.of(), List.of(), List.of(), List.of("AMR-0001"), 60, null);
    }

    @Test
    void aLaterVersionReplacesAnEarlierOneAndNeverTheOtherWayRound() {
        var halls = new HallDirectory();
        assertThat(halls.apply(jz("08:30"), 2)).isTrue();
        assertThat(halls.apply(jz("08:00"), 1)).isFalse();
        assertThat(halls.hours("JZ")).isEqualTo(new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30)));
        assertThat(halls.apply(jz("09:00"), 3)).isTrue();
        assertThat(halls.hours("JZ").opens()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aHallNotYetReadCountsInTheHomeHallsDefaultHours() {
        var halls = new HallDirectory();
        assertThat(halls.hours("XX")).isEqualTo(OfficeHours.DEFAULT);
        assertThat(halls.hours(null)).isEqualTo(OfficeHours.DEFAULT);
        assertThat(halls.find("XX")).isEmpty();
    }
}
