package cn.onewindow.intake.hall.rules;

import static cn.onewindow.intake.hall.rules.HallFixtures.DX;
import static cn.onewindow.intake.hall.rules.HallFixtures.JZ;
import static cn.onewindow.intake.hall.rules.HallFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ItemHallsTest {
    @Test
    void anItemNamesKnownHallsAndRegionsOnly() {
        var halls = List.of(DX, JZ);
        assertThat(ItemHalls.problem(item("AMR-0004", null, null), halls)).isNull();
        assertThat(ItemHalls.problem(item("AMR-0004", "DX", List.of("131003")), halls)).isNull();
        assertThat(ItemHalls.problem(item("AMR-0004", "XX", List.of()), halls).code()).isEqualTo("unknown-hall");
        var region = ItemHalls.problem(item("AMR-0004", null, List.of("131003", "999999")), halls);
        assertThat(region.code()).isEqualTo("unknown-region");
        assertThat(region.status()).isEqualTo(422);
        assertThat(region.getMessage() + region.messageZh()).contains("999999").doesNotContain("131003");
    }
}
