package cn.onewindow.intake.hall.rules;

import static cn.onewindow.intake.hall.rules.HallFixtures.DX;
import static cn.onewindow.intake.hall.rules.HallFixtures.JZ;
import static cn.onewindow.intake.hall.rules.HallFixtures.withHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.hall.HallDefinition.ExtendedHours;

class HallRulesTest {
    static final Map<String, String> OWNERS = Map.of("AMR-0004", "DX", "AMR-0005", "DX");
    static final Set<String> DEPARTMENTS = Set.of("AMR", "TAX");

    @Test
    void theDemoLikeHallsPass() {
        assertThat(HallRules.violations(DX, OWNERS, DEPARTMENTS)).isEmpty();
        assertThat(HallRules.violations(JZ, OWNERS, DEPARTMENTS)).isEmpty();
    }

    @Test
    void hoursMustRunForwardAndAnExtensionEndAfterClosing() {
        var v = HallRules.violations(withHours(DX, LocalTime.of(17, 0), LocalTime.of(9, 0),
                List.of(new ExtendedHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0)),
                        new ExtendedHours(DayOfWeek.TUESDAY, LocalTime.of(20, 0))), List.of()), OWNERS, DEPARTMENTS);
        assertThat(v).containsKeys("closes", "extendedHours", "extendedHours.TUESDAY");
        // closing at the opening minute is no office day either
        assertThat(HallRules.violations(withHours(DX, LocalTime.of(9, 0), LocalTime.of(9, 0), List.of(), List.of()), OWNERS,
                DEPARTMENTS)).containsKey("closes");
        // an extension ending exactly at closing time extends nothing
        assertThat(HallRules.violations(withHours(DX, LocalTime.of(9, 0), LocalTime.of(17, 0),
                List.of(new ExtendedHours(DayOfWeek.MONDAY, LocalTime.of(17, 0))), List.of()), OWNERS, DEPARTMENTS))
                .containsKey("extendedHours.MONDAY");
    }

    @Test
    void aHallReceivesOnlyOtherHallsItemsInForce() {
        var v = HallRules.violations(withHours(JZ, JZ.opens(), JZ.closes(), List.of(),
                List.of("AMR-0004", "AMR-0004", "ZZ-0001")), OWNERS, DEPARTMENTS);
        assertThat(v).containsKeys("receives.AMR-0004", "receives.ZZ-0001");
        var own = HallRules.violations(withHours(DX, DX.opens(), DX.closes(), List.of(), List.of("AMR-0005")), OWNERS,
                DEPARTMENTS);
        assertThat(own.get("receives.AMR-0005")).contains("本大厅自己的事项");
    }

    @Test
    void itsDepartmentsAreTheCataloguesDepartments() {
        assertThat(HallRules.violations(DX, OWNERS, Set.of("AMR"))).containsOnlyKeys("departments.TAX");
    }

    @Test
    void theHallsAdminKeepsItsNameRegionAndKindButChangesEverythingElse() {
        assertThat(HallRules.identityChanges(null, DX)).as("a new hall").isEmpty();
        assertThat(HallRules.identityChanges(DX, withHours(DX, LocalTime.of(8, 30), LocalTime.of(18, 0), List.of(),
                List.of("AMR-0009")))).as("hours and received items are the admin's").isEmpty();
        var renamed = new cn.onewindow.contracts.hall.HallDefinition(DX.code(), "别的名字", "131003", DX.regionName(), "STATION",
                DX.opens(), DX.closes(), DX.extendedHours(), DX.appointmentDays(), DX.departments(), DX.receives(),
                DX.helpAnswerSeconds(), DX.address());
        assertThat(HallRules.identityChanges(DX, renamed)).containsOnlyKeys("name", "region", "kind");
        var regionNamed = new cn.onewindow.contracts.hall.HallDefinition(DX.code(), DX.name(), DX.region(), "别的区",
                DX.kind(), DX.opens(), DX.closes(), DX.extendedHours(), DX.appointmentDays(), DX.departments(), DX.receives(),
                DX.helpAnswerSeconds(), DX.address());
        assertThat(HallRules.identityChanges(DX, regionNamed)).containsOnlyKeys("region");
    }
}
