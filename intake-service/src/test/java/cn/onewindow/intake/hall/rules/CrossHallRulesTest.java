package cn.onewindow.intake.hall.rules;

import static cn.onewindow.intake.hall.rules.HallFixtures.DX;
import static cn.onewindow.intake.hall.rules.HallFixtures.JZ;
import static cn.onewindow.intake.hall.rules.HallFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.problem.ProblemException;

class CrossHallRulesTest {
    @Test
    void theHomeHallsOwnItemIsTakenInAndCollectedThere() {
        var halls = CrossHallRules.halls(DX, item("AMR-0004", null, List.of()), "DX", null);
        assertThat(halls).isEqualTo(new CaseHalls("DX", "DX", "DX"));
        assertThat(halls.crossHall()).isFalse();
    }

    @Test
    void aStationTakesInAnItemBothSidesAgreedOnAndTheApplicantMayCollectAtEitherHall() {
        var opened = item("AMR-0004", null, List.of("131003"));
        assertThat(CrossHallRules.halls(JZ, opened, "DX", null)).isEqualTo(new CaseHalls("JZ", "DX", "JZ"));
        assertThat(CrossHallRules.halls(JZ, opened, "DX", "DX")).isEqualTo(new CaseHalls("JZ", "DX", "DX"));
        assertThat(CrossHallRules.halls(JZ, opened, "DX", "JZ").crossHall()).isTrue();
        // an item naming its owning hall explicitly is the same as the home hall's
        assertThat(CrossHallRules.halls(JZ, item("AMR-0004", "DX", List.of("131003")), "DX", null).owning()).isEqualTo("DX");
    }

    @Test
    void oneSideAloneIsNoAgreement() {
        // the item is opened to the station's region, but the station does not receive it
        assertThatThrownBy(() -> CrossHallRules.halls(JZ, item("AMR-0001", null, List.of("131003")), "DX", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.code()).isEqualTo("not-cross-region-item");
                });
        // the station receives it, but the owning hall did not open it to the station's region
        assertThatThrownBy(() -> CrossHallRules.halls(JZ, item("AMR-0004", null, List.of("131099")), "DX", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("not-cross-region-item"));
        assertThatThrownBy(() -> CrossHallRules.halls(JZ, item("AMR-0004", null, null), "DX", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("not-cross-region-item"));
    }

    @Test
    void theResultIsCollectedAtTheTakingOrTheOwningHallOnly() {
        var opened = item("AMR-0004", null, List.of("131003"));
        assertThatThrownBy(() -> CrossHallRules.halls(JZ, opened, "DX", "XX"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.code()).isEqualTo("pickup-hall-not-allowed");
                });
        // at the home hall, for its own item, there is one hall to collect at
        assertThatThrownBy(() -> CrossHallRules.halls(DX, opened, "DX", "JZ"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("pickup-hall-not-allowed"));
    }
}
