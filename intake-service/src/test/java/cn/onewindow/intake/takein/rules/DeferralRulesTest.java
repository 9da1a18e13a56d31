package cn.onewindow.intake.takein.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.credit.rules.CreditPrompts;
import cn.onewindow.intake.delegation.rules.Power;
import cn.onewindow.intake.takein.rules.DeferralRules.Credit;

/**
 * 容缺 by the applicant's credit (Qingpu: "企业的信用等级符合容缺受理的要求"): levels A and B allow it, C and D do
 * not, the blacklist never does, and no record is nothing against the applicant. The window's prompt when the
 * applicant is entered (红名单主动提示) reads the same rule.
 */
class DeferralRulesTest {
    static final ItemDefinition ITEM = IntakeRulesTest.item("PROMISED", true, false, IntakeRulesTest.APP, IntakeRulesTest.ID,
            IntakeRulesTest.ADDR);
    /** Only the secondary, deferrable address proof is missing: the materials allow 容缺. */
    static final List<MaterialCheck.Problem> ADDR_MISSING = List.of(new MaterialCheck.Problem("AMR-0100", "ADDR", "住所证明",
            MaterialCheck.Kind.MISSING, "缺少", "missing", false, true));

    static DeferralRules.Verdict check(Credit credit) {
        return DeferralRules.check(ITEM, ADDR_MISSING, credit, true, EnumSet.of(Power.RECEIVE, Power.ACCEPT, Power.NOTIFY_ONCE));
    }

    @Test
    void levelsAAndBAllowDeferralAndNoRecordIsNothingAgainstTheApplicant() {
        assertThat(check(new Credit(false, "A")).allowed()).isTrue();
        assertThat(check(new Credit(false, "B")).allowed()).isTrue();
        assertThat(check(null).allowed()).isTrue();
    }

    @Test
    void levelsCAndDRefuseDeferralNamingTheLevel() {
        for (String level : List.of("C", "D")) {
            var verdict = check(new Credit(false, level));
            assertThat(verdict.allowed()).as(level).isFalse();
            assertThat(verdict.reasonsZh()).as(level).containsExactly("申请人信用等级（" + level + "）不足，不能容缺受理");
            assertThat(verdict.reasonsEn()).as(level).containsExactly("the applicant's credit level (" + level + ") does not allow it");
            assertThat(DeferralRules.creditAllows(new Credit(false, level))).as(level).isFalse();
        }
    }

    @Test
    void theBlacklistRefusesWhateverTheLevelAndSaysSoOnce() {
        var verdict = check(new Credit(true, "A"));
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasonsZh()).containsExactly("申请人在失信名单中，不能容缺受理");
        assertThat(check(new Credit(true, "D")).reasonsZh()).containsExactly("申请人在失信名单中，不能容缺受理");
    }

    @Test
    void theRedListIsPromptedAsAnIncentiveAndThePromptNeverPromisesWhatIntakeRefuses() {
        assertThat(CreditPrompts.of(false, true, "A")).extracting(CreditPrompts.Prompt::code)
                .containsExactly(CreditPrompts.RED_LIST, CreditPrompts.DEFERRAL_ELIGIBLE);
        assertThat(CreditPrompts.of(false, true, "A").get(0).zh()).contains("守信激励", "优先办理");
        // red-listed but of a low level (the list is kept by hand): the incentive, and no 容缺 promised
        assertThat(CreditPrompts.of(false, true, "C")).extracting(CreditPrompts.Prompt::code)
                .containsExactly(CreditPrompts.RED_LIST, CreditPrompts.LOW_CREDIT_LEVEL);
        // on both lists: the blacklist wins
        assertThat(CreditPrompts.of(true, true, "A")).extracting(CreditPrompts.Prompt::code)
                .containsExactly(CreditPrompts.BLACKLISTED);
        assertThat(CreditPrompts.of(false, false, "D")).extracting(CreditPrompts.Prompt::code)
                .containsExactly(CreditPrompts.LOW_CREDIT_LEVEL);
        assertThat(CreditPrompts.of(false, false, "D").get(0).zh()).isEqualTo("信用等级D级：不适用容缺受理");
        assertThat(CreditPrompts.of(false, false, "B")).as("nothing for or against").isEmpty();
    }
}
