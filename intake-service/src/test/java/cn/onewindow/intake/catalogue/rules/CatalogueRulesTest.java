package cn.onewindow.intake.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Limit;
import cn.onewindow.contracts.catalogue.ItemDefinition.Material;

/** The catalogue rules of issue #23's fields: channels, pre-review limit, certificate reuse, commitments. */
class CatalogueRulesTest {
    static final Material APP = new Material("APP", "申请书", true, false, 1, true, false, null);
    static final Material BL = new Material("BL", "营业执照", false, true, 1, true, false, null, "AMR-0001", false);
    static final Material ADDR = new Material("ADDR", "住所使用证明", false, false, 1, true, false, null, null, true);
    static final Limit ONE_DAY = new Limit(1, "WORKING_DAYS");

    static ItemDefinition item(List<String> channels, Limit preReview, Integer checkDays, Material... materials) {
        return new ItemDefinition("TAX-0100", "测试事项", "TAX", "PROMISED", "区县级", 15, 5, "依据", null, null,
                List.of("ORGANISATION"), List.of(materials), List.of(), false, false, List.of("PICKUP"), List.of(), List.of(),
                channels, preReview, checkDays, null);
    }

    @Test
    void aVersionWithTheNewFieldsFilledRightPasses() {
        var ok = item(List.of("WINDOW", "ONLINE_PRE_REVIEW", "POST"), ONE_DAY, 20, APP, BL, ADDR);
        assertThat(CatalogueRules.violations(ok, Set.of("AMR-0001"))).isEmpty();
        assertThat(CatalogueRules.certificateItems(ok)).containsExactly("AMR-0001");
        // a version published before channels existed: the window only, no limit needed
        assertThat(CatalogueRules.violations(item(null, null, null, APP))).isEmpty();
    }

    @Test
    void thePreReviewLimitIsRequiredExactlyWhenOnlinePreReviewIsOffered() {
        assertThat(CatalogueRules.violations(item(List.of("WINDOW", "ONLINE_PRE_REVIEW"), null, null, APP)))
                .containsOnlyKeys("preReviewLimit");
        assertThat(CatalogueRules.violations(item(List.of("WINDOW"), ONE_DAY, null, APP))).containsOnlyKeys("preReviewLimit");
        assertThat(CatalogueRules.violations(item(null, ONE_DAY, null, APP))).containsOnlyKeys("preReviewLimit");
    }

    @Test
    void aChannelIsNamedOnce() {
        assertThat(CatalogueRules.violations(item(List.of("WINDOW", "POST", "WINDOW"), null, null, APP)))
                .containsOnlyKeys("channels");
    }

    @Test
    void aCertificateComesFromAnotherItemTheCatalogueKnows() {
        var unknown = item(null, null, null, APP, BL);
        assertThat(CatalogueRules.violations(unknown, Set.of())).containsOnlyKeys("materials.BL.certificateOf")
                .extractingByKey("materials.BL.certificateOf").asString().contains("AMR-0001").contains("不在事项清单中");
        var own = new Material("BL", "营业执照", false, true, 1, true, false, null, "TAX-0100", false);
        assertThat(CatalogueRules.certificateItems(item(null, null, null, APP, own))).isEmpty();
        assertThat(CatalogueRules.violations(item(null, null, null, APP, own), Set.of("TAX-0100")))
                .containsOnlyKeys("materials.BL.certificateOf");
    }

    @Test
    void aKeyMaterialIsNeverReplacedByACommitmentAndCommitmentsNeedACheckLimit() {
        var keyProof = new Material("PROOF", "关键证明", true, false, 1, true, false, null, null, true);
        assertThat(CatalogueRules.violations(item(null, null, 20, APP, keyProof)))
                .containsOnlyKeys("materials.PROOF.commitmentAllowed")
                .extractingByKey("materials.PROOF.commitmentAllowed").asString().contains("关键材料不得以告知承诺替代");
        assertThat(CatalogueRules.violations(item(null, null, null, APP, ADDR))).containsOnlyKeys("commitmentCheckDays");
    }
}
