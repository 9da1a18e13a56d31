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
        assertThat(seed.items()).hasSize(44); // #24: AMR-0008, the item with situations (情形); AMR-0031 JOINT, AMR-0032 FORWARDED
        Set<String> codes = seed.items().stream().map(ItemDefinition::code).collect(Collectors.toSet());
        for (var item : seed.items()) {
            assertThat(CatalogueRules.violations(item, codes)).as(item.code()).isEmpty();
            assertThat(item.channels()).as("channels of %s", item.code()).isNotEmpty();
        }
    }

    @Test
    void theDemoHasAJointAndAForwardedItem() throws Exception {
        var items = read().items().stream().collect(Collectors.toMap(ItemDefinition::code, i -> i));
        // 联审联办: AMR leads, TAX and PSB give their opinions (JointReviewIT)
        assertThat(items.get("AMR-0031").itemType()).isEqualTo("JOINT");
        assertThat(items.get("AMR-0031").joint().coDepartments()).containsExactly("TAX", "PSB");
        // 上报件: AMR's first instance, the province's authority decides (ForwardedItemIT; the realm's dept-hbamr-system)
        var f = items.get("AMR-0032").forwarding();
        assertThat(items.get("AMR-0032").itemType()).isEqualTo("FORWARDED");
        assertThat(f.authorityCode()).isEqualTo("HBAMR");
        assertThat(f.authorityName()).isEqualTo("河北省市场监督管理局");
        assertThat(f.firstInstanceDays() + f.authorityDays()).isEqualTo(30);
        // the window may accept both (the department decides; not settled on the spot)
        assertThat(DemoDataSeeder.demoPowers(items.get("AMR-0031"))).contains(cn.onewindow.intake.delegation.rules.Power.ACCEPT);
        assertThat(DemoDataSeeder.demoPowers(items.get("AMR-0032"))).contains(cn.onewindow.intake.delegation.rules.Power.ACCEPT);
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
