package cn.onewindow.intake.helpdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one-minute rule, the limit that applies, the masked phone and the day's figures. */
class HelpDeskRulesTest {
    static final Instant T = Instant.parse("2031-03-04T02:00:00Z");

    @Test
    void anAnswerOnTheLastSecondIsInTimeAndOneSecondLaterIsLate() {
        assertThat(HelpAnswerRules.inTime(T, T.plusSeconds(60), 60)).isTrue();
        assertThat(HelpAnswerRules.inTime(T, T.plusSeconds(61), 60)).isFalse();
        assertThat(HelpAnswerRules.inTime(T, T.plusMillis(60_001), 60)).isFalse();
        assertThat(HelpAnswerRules.overdue(T, 60, T.plusSeconds(60))).isFalse();
        assertThat(HelpAnswerRules.overdue(T, 60, T.plusSeconds(61))).isTrue();
        assertThat(HelpAnswerRules.secondsLeft(T, 60, T.plusSeconds(15))).isEqualTo(45);
        assertThat(HelpAnswerRules.secondsLeft(T, 60, T.plusSeconds(75))).isEqualTo(-15);
    }

    @Test
    void theOverrideWinsOverTheHallAndTheHallOverTheMinute() {
        assertThat(HelpAnswerRules.limitSeconds(5, 90)).isEqualTo(5);
        assertThat(HelpAnswerRules.limitSeconds(null, 90)).isEqualTo(90);
        assertThat(HelpAnswerRules.limitSeconds(null, null)).isEqualTo(60);
        assertThat(HelpAnswerRules.limitSeconds(0, null)).as("no limit is no override").isEqualTo(60);
    }

    @Test
    void listsShowAMaskedPhone() {
        assertThat(HelpAnswerRules.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(HelpAnswerRules.maskPhone("0316-1234567")).isEqualTo("****4567");
        assertThat(HelpAnswerRules.maskPhone("123")).isEqualTo("****");
        assertThat(HelpAnswerRules.maskPhone(" ")).isNull();
    }

    @Test
    void theFiguresCountSettledRequestsAgainstTheGoal() {
        var now = T.plusSeconds(3600);
        var rows = List.of(
                new HelpFigures.Row(T, 60, T.plusSeconds(30), true, "RESOLVED"),
                new HelpFigures.Row(T, 60, T.plusSeconds(90), false, "REFERRED"),
                new HelpFigures.Row(T, 60, T.plusSeconds(20), true, "ASSISTED"),
                new HelpFigures.Row(T, 60, null, null, null),               // unanswered past its limit: late already
                new HelpFigures.Row(now.minusSeconds(10), 60, null, null, null)); // still within: neither side
        var f = HelpFigures.of(LocalDate.of(2031, 3, 4), "DX", rows, now);
        assertThat(f.total()).isEqualTo(5);
        assertThat(f.answered()).isEqualTo(3);
        assertThat(f.answeredInTime()).isEqualTo(2);
        assertThat(f.late()).isEqualTo(2);
        assertThat(f.open()).isEqualTo(2);
        assertThat(f.inTimeShare()).isEqualTo(0.5);
        assertThat(f.belowGoal()).isTrue();
        assertThat(f.resolvedFirstContact()).isEqualTo(1);
        assertThat(f.firstContactShare()).isEqualTo(0.3333);
    }

    @Test
    void nineInTenMeetTheGoalAndAnEmptyDayHasNoShare() {
        var rows = new java.util.ArrayList<HelpFigures.Row>();
        for (int i = 0; i < 9; i++) {
            rows.add(new HelpFigures.Row(T, 60, T.plusSeconds(10), true, "RESOLVED"));
        }
        rows.add(new HelpFigures.Row(T, 60, T.plusSeconds(70), false, "RESOLVED"));
        var f = HelpFigures.of(LocalDate.of(2031, 3, 4), "DX", rows, T.plusSeconds(100));
        assertThat(f.inTimeShare()).isEqualTo(0.9);
        assertThat(f.belowGoal()).isFalse();
        var empty = HelpFigures.of(LocalDate.of(2031, 3, 4), "DX", List.of(), T);
        assertThat(empty.inTimeShare()).isNull();
        assertThat(empty.belowGoal()).isFalse();
        assertThat(empty.firstContactShare()).isNull();
    }
}
