package cn.onewindow.intake.takein.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.rules.CatalogueRules;
import cn.onewindow.intake.delegation.rules.DelegationTerm;
import cn.onewindow.intake.delegation.rules.NoticePower;
import cn.onewindow.intake.delegation.rules.Power;
import cn.onewindow.intake.takein.rules.IntakePathDecider.Document;
import cn.onewindow.intake.takein.rules.IntakePathDecider.Path;
import cn.onewindow.contracts.catalogue.ItemDefinition.Material;

/** The plain domain rules of intake: paths by powers, the materials check, catalogue rules, delegation terms. */
class IntakeRulesTest {
    static final Material APP = new Material("APP", "申请书", true, false, 1, true, false, null);
    static final Material ID = new Material("ID", "身份证件", true, true, 1, true, false, null);
    static final Material ADDR = new Material("ADDR", "住所证明", false, false, 1, true, true, null);

    static ItemDefinition item(String type, boolean deferral, boolean highRisk, Material... materials) {
        return new ItemDefinition("AMR-0100", "测试事项", "AMR", type, "区县级", 15, "IMMEDIATE".equals(type) ? 0 : 5, "依据",
                null, null, List.of("PERSON"), List.of(materials), List.of(), deferral, highRisk, List.of("PICKUP"), List.of(), List.of());
    }

    @Test
    void pathsFollowThePowersHeld() {
        assertThat(IntakePathDecider.decide("IMMEDIATE", EnumSet.of(Power.RECEIVE, Power.ACCEPT, Power.APPROVE_ON_SPOT)).path())
                .isEqualTo(Path.SETTLED_ON_SPOT);
        var accepted = IntakePathDecider.decide("PROMISED", EnumSet.of(Power.RECEIVE, Power.ACCEPT));
        assertThat(accepted.path()).isEqualTo(Path.ACCEPTED_ON_SPOT);
        assertThat(accepted.document()).isEqualTo(Document.ACCEPTANCE_NOTICE);
        var received = IntakePathDecider.decide("PROMISED", EnumSet.of(Power.RECEIVE));
        assertThat(received.path()).isEqualTo(Path.RECEIVED_ONLY);
        assertThat(received.document()).isEqualTo(Document.RECEIPT);
        assertThat(IntakePathDecider.decide("IMMEDIATE", EnumSet.of(Power.RECEIVE)).path())
                .isEqualTo(Path.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING);
        assertThat(IntakePathDecider.decide("PROMISED", EnumSet.of(Power.DELIVER)).path()).isEqualTo(Path.NOT_DELEGATED);
        // approve-on-the-spot without accept is not enough to settle
        assertThat(IntakePathDecider.decide("IMMEDIATE", EnumSet.of(Power.RECEIVE, Power.APPROVE_ON_SPOT)).path())
                .isEqualTo(Path.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING);
    }

    @Test
    void aOneTimeNoticeSpeaksOnlyForItemsWhoseDepartmentDelegatedIt() {
        var missing = new MaterialCheck.Problem("AMR-0100", "ADDR", "住所证明", MaterialCheck.Kind.MISSING, "缺少", "missing", false, true);
        var wrong = new MaterialCheck.Problem("TAX-0100", "APP", "申请书", MaterialCheck.Kind.WRONG_FORM, "不符合法定形式",
                "not in the required form", true, false);
        Set<Power> notifying = EnumSet.of(Power.RECEIVE, Power.ACCEPT, Power.NOTIFY_ONCE);
        Set<Power> silent = EnumSet.of(Power.RECEIVE, Power.ACCEPT, Power.VERIFY_ORIGINALS);
        assertThat(NoticePower.undelegated(Map.of("AMR-0100", notifying, "TAX-0100", notifying), List.of(missing, wrong))).isEmpty();
        assertThat(NoticePower.undelegated(Map.of("AMR-0100", notifying, "TAX-0100", silent), List.of(missing, wrong)))
                .containsExactly("TAX-0100");
        // an item without the power but with nothing to correct needs none: the notice does not speak for it
        assertThat(NoticePower.undelegated(Map.of("AMR-0100", notifying, "TAX-0100", silent), List.of(missing))).isEmpty();
        assertThat(NoticePower.undelegated(Map.of(), List.of(missing))).as("no delegation at all").containsExactly("AMR-0100");
    }

    @Test
    void theMaterialsCheckListsEverythingAtOnce() {
        var def = item("PROMISED", true, false, APP, ID, ADDR);
        var problems = MaterialCheck.problems(def, Map.of("APP", MaterialCheck.Status.WRONG_FORM,
                "ID", MaterialCheck.Status.PROVIDED), true);
        assertThat(problems).extracting(MaterialCheck.Problem::code).containsExactly("APP", "ID", "ADDR");
        assertThat(problems.get(1).problemZh()).isEqualTo("原件未核验");
        assertThat(MaterialCheck.problems(def, Map.of("APP", MaterialCheck.Status.PROVIDED,
                "ID", MaterialCheck.Status.ORIGINAL_VERIFIED, "ADDR", MaterialCheck.Status.NOT_APPLICABLE), true)).isEmpty();
        // a key material can never be "not applicable"
        assertThat(MaterialCheck.problems(def, Map.of("APP", MaterialCheck.Status.NOT_APPLICABLE,
                "ID", MaterialCheck.Status.ORIGINAL_VERIFIED, "ADDR", MaterialCheck.Status.PROVIDED), true))
                .extracting(MaterialCheck.Problem::code).containsExactly("APP");
    }

    @Test
    void catalogueRulesRefuseDeferralForHighRiskItemsAndKeyMaterials() {
        assertThat(CatalogueRules.violations(item("PROMISED", true, false, APP, ID, ADDR))).isEmpty();
        assertThat(CatalogueRules.violations(item("PROMISED", true, true, APP, ID, ADDR))).containsKey("deferralAllowed");
        var keyDeferrable = new Material("LIC", "许可证", true, false, 1, true, true, null);
        assertThat(CatalogueRules.violations(item("PROMISED", false, false, APP, keyDeferrable))).containsKey("materials.LIC");
        assertThat(CatalogueRules.violations(item("PROMISED", true, false, APP, ID))).containsKey("deferralAllowed");
        assertThat(CatalogueRules.violations(item("PROMISED", false, false, APP, APP))).containsKey("materials");
    }

    @Test
    void aDelegationRenewsItselfUntilEndedAndEndsWithItsItem() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        var renewing = new DelegationTerm(start, 2, true, null);
        assertThat(renewing.inForce(Instant.parse("2027-06-01T00:00:00Z"), null, zone)).as("third year, renewed").isTrue();
        assertThat(new DelegationTerm(start, 2, false, null).inForce(Instant.parse("2027-06-01T00:00:00Z"), null, zone)).isFalse();
        assertThat(renewing.inForce(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"), zone))
                .as("item cancelled").isFalse();
        assertThat(new DelegationTerm(start, 2, true, Instant.parse("2026-01-01T00:00:00Z"))
                .inForce(Instant.parse("2026-01-01T00:00:00Z"), null, zone)).as("ended").isFalse();
        assertThat(renewing.inForce(Instant.parse("2024-12-31T23:59:59Z"), null, zone)).as("not yet started").isFalse();
    }
}
