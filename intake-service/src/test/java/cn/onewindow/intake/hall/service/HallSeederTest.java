package cn.onewindow.intake.hall.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The demo's halls at start: both published (once: a restart publishes nothing), and the station's items opened to its
 * region — a catalogue loaded before halls gets a version that does, a catalogue that does already gets none.
 */
@QuarkusTest
class HallSeederTest {
    @Inject
    HallSeeder seeder;

    @Test
    void theDemoHallsArePublishedAndTheStationsItemsOpenedToItsRegionOnce() throws Throwable {
        assertThat(Sql.count("select count(*) from hall_version where code in ('DX', 'JZ')")).isGreaterThanOrEqualTo(2);
        assertThat(Sql.count("select count(*) from outbox_event where event_type = '" + EventTypes.HALL_PUBLISHED
                + "' and aggregate_id = 'JZ'")).isGreaterThanOrEqualTo(1);
        var jz = seeder.read().stream().filter(h -> h.code().equals("JZ")).findFirst().orElseThrow();
        long versions = Sql.count("select count(*) from catalogue_item");
        // every item the station receives is open to its region already (from the demo catalogue, or opened at the start)
        assertThat((int) VertxContextSupport.subscribeAndAwait(() -> seeder.openItemsTo(jz))).isZero();
        assertThat(Sql.count("select count(*) from catalogue_item")).isEqualTo(versions);
    }

    @Test
    void anItemIsOpenedToARegionWithEveryOtherFieldAsItWas() throws Throwable {
        var def = new ItemDefinition("AMR-0004", "企业变更登记", "AMR", "PROMISED", "县级", 20, 3, "依据", "条件", "不收费",
                List.of("ORGANISATION"), List.of(), List.of("要点"), true, false, List.of("PICKUP"), List.of(), List.of(),
                List.of("WINDOW"), null, 20, 5, null, List.of("131000"), null, null, null, null);
        var opened = seeder.withRegion(def, "131003");
        assertThat(opened.safeCrossRegion()).containsExactly("131000", "131003");
        assertThat(opened).usingRecursiveComparison().ignoringFields("crossRegion").isEqualTo(def);
    }
}
