package cn.onewindow.intake.hall.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.intake.app.DemoDataSeeder;
import cn.onewindow.intake.hall.rules.CrossHallRules;
import cn.onewindow.intake.hall.rules.HallRules;
import cn.onewindow.intake.hall.rules.ItemHalls;

/**
 * The demo's halls read as the seeder reads them and pass the rules a hall admin's change would meet; both sides of
 * the station's 通办 list agree with the demo catalogue (the station can take each item it lists in).
 */
class DemoHallsTest {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static <T> T read(String resource, Class<T> type) throws Exception {
        try (InputStream in = DemoHallsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readValue(in, type);
        }
    }

    @Test
    void theDemoHallsPassTheRulesAndTheStationsItemsAreOpenedToItsRegion() throws Exception {
        var halls = read(HallSeeder.SEED, HallSeeder.DemoHalls.class).halls();
        var catalogue = read("seed/demo-catalogue.json", DemoDataSeeder.DemoCatalogue.class);
        Map<String, ItemDefinition> items = catalogue.items().stream().collect(Collectors.toMap(ItemDefinition::code, i -> i));
        Map<String, String> owners = items.values().stream().collect(Collectors.toMap(ItemDefinition::code, i -> i.owningHall("DX")));
        Set<String> departments = catalogue.departments().stream().map(d -> d.code).collect(Collectors.toSet());
        assertThat(halls).extracting(HallDefinition::code).containsExactly("DX", "JZ");
        for (var hall : halls) {
            assertThat(HallRules.violations(hall, owners, departments)).as(hall.code()).isEmpty();
        }
        var dx = halls.get(0);
        var jz = halls.get(1);
        assertThat(dx.kind()).isEqualTo(HallDefinition.HALL);
        assertThat(dx.opens()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dx.safeExtendedHours()).hasSize(2);
        assertThat(dx.safeAppointmentDays()).hasSize(2).allMatch(d -> d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY);
        assertThat(jz.kind()).isEqualTo(HallDefinition.STATION);
        assertThat(jz.region()).isNotEqualTo(dx.region());
        assertThat(jz.safeReceives()).containsExactly("AMR-0001", "AMR-0004", "AMR-0005", "TAX-0002");
        for (String code : jz.safeReceives()) {
            var item = items.get(code);
            assertThat(item.safeCrossRegion()).as(code).contains(jz.region());
            assertThat(CrossHallRules.halls(jz, item, "DX", "DX").crossHall()).isTrue();
        }
        // every item's hall fields name the network's halls and regions (what a publication would check)
        for (var item : items.values()) {
            assertThat(ItemHalls.problem(item, halls)).as(item.code()).isNull();
        }
        // opened to the station and nothing else
        assertThat(items.values()).filteredOn(i -> !i.safeCrossRegion().isEmpty()).extracting(ItemDefinition::code)
                .containsExactlyInAnyOrderElementsOf(jz.safeReceives());
    }
}
