package cn.onewindow.intake.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Forwarding;
import cn.onewindow.contracts.catalogue.ItemDefinition.Joint;

/** 联审联办 / 上报件 details in the catalogue: present exactly for their item type, and sensible. */
class JointItemRulesTest {
    static ItemDefinition item(String type, int statutoryDays, Joint joint, Forwarding forwarding) {
        return new ItemDefinition("AMR-0100", "测试事项", "AMR", type, "区县级", statutoryDays, 10, "依据", null, null,
                List.of("ORGANISATION"), List.of(CatalogueRulesTest.APP), List.of(), false, false, List.of("PICKUP"), List.of(),
                List.of(), null, null, null, null, null, null, joint, forwarding, null, null);
    }

    static final Forwarding HBAMR = new Forwarding("HBAMR", "河北省市场监督管理局", 10, 20);

    @Test
    void aJointItemNamesItsCoDepartmentsAndOnlyAJointItemDoes() {
        assertThat(CatalogueRules.violations(item("JOINT", 20, new Joint(List.of("TAX", "PSB")), null))).isEmpty();
        assertThat(CatalogueRules.violations(item("JOINT", 20, null, null))).containsOnlyKeys("joint");
        assertThat(CatalogueRules.violations(item("PROMISED", 20, new Joint(List.of("TAX")), null))).containsOnlyKeys("joint");
        assertThat(CatalogueRules.violations(item("JOINT", 20, new Joint(List.of("TAX", "AMR")), null)))
                .containsOnlyKeys("joint.coDepartments");
        assertThat(CatalogueRules.violations(item("JOINT", 20, new Joint(List.of("TAX", "TAX")), null)))
                .containsOnlyKeys("joint.coDepartments");
    }

    @Test
    void aForwardedItemNamesItsAuthorityWithLimitsInsideTheStatutoryOne() {
        assertThat(CatalogueRules.violations(item("FORWARDED", 30, null, HBAMR))).isEmpty();
        assertThat(CatalogueRules.violations(item("FORWARDED", 30, null, null))).containsOnlyKeys("forwarding");
        assertThat(CatalogueRules.violations(item("PROMISED", 30, null, HBAMR))).containsOnlyKeys("forwarding");
        // 10 + 20 working days do not fit in 29
        assertThat(CatalogueRules.violations(item("FORWARDED", 29, null, HBAMR))).containsOnlyKeys("forwarding");
        assertThat(CatalogueRules.violations(item("FORWARDED", 30, null, new Forwarding("AMR", "本局", 10, 20))))
                .containsOnlyKeys("forwarding.authorityCode");
    }
}
