package cn.onewindow.intake.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.rules.CatalogueRules;

/**
 * The demo catalogue reads as the seeder reads it (every field known: a misspelt one fails here, not silently in the
 * hall) and every item passes the catalogue rules a publication would apply, issue #23's fields included.
 */
class DemoCatalogueTest {
    static DemoDataSeeder.DemoCatalogue read() throws Exception {
        try (InputStream in = DemoCatalogueTest.class.getClassLoader().getResourceAsStream(DemoDataSeeder.SEED)) {
            return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, DemoDataSeeder.DemoCatalogue.class);
        }
    }

    @Test
    void everyDemoItemPassesTheCatalogueRules() throws Exception {
        var seed = read();
        assertThat(seed.items()).hasSize(41);
        Set<String> codes = seed.items().stream().map(ItemDefinition::code).collect(Collectors.toSet());
        for (var item : seed.items()) {
            assertThat(CatalogueRules.violations(item, codes)).as(item.code()).isEmpty();
            assertThat(item.channels()).as("channels of %s", item.code()).isNotEmpty();
        }
    }

    @Test
    void theDemoHasWhatIssue23sFlowsUse() throws Exception {
        var items = read().items().stream().collect(Collectors.toMap(ItemDefinition::code, i -> i));
        // the 营业执照 issued by 企业设立登记 serves a later TAX and PSB item
        for (String code : new String[] {"TAX-0001", "PSB-0001"}) {
            assertThat(items.get(code).materials()).filteredOn(m -> "BL".equals(m.code()))
                    .singleElement().matches(m -> "AMR-0001".equals(m.certificateOf()) && !m.key());
        }
        assertThat(items.get("AMR-0001").materials()).filteredOn(m -> "ADDR".equals(m.code()))
                .singleElement().matches(ItemDefinition.Material::commitmentAllowed);
        assertThat(items.get("AMR-0001").commitmentCheckDays()).isEqualTo(20);
        assertThat(items.get("AMR-0001").channels()).contains(ItemDefinition.POST);
        assertThat(items.get("AMR-0001").resultValidYears()).as("a business licence is long-term").isNull();
        assertThat(items.values()).filteredOn(ItemDefinition::highRisk)
                .allMatch(i -> i.channels().equals(java.util.List.of(ItemDefinition.WINDOW)));
        assertThat(items.values()).filteredOn(i -> i.safeChannels().contains(ItemDefinition.POST)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(items.values()).filteredOn(i -> i.resultValidYears() != null).isNotEmpty();
    }
}
