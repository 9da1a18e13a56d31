package cn.onewindow.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.onewindow.approval.domain.SupplementRounds.Declared;
import cn.onewindow.approval.domain.SupplementRounds.Refusal;

/** 一次性告知 across rounds: ask once; again only for a new problem in the supplied material, with its reason. */
class SupplementRoundsTest {
    static final Declared NOTHING = new Declared(false, null);
    static final Declared NEW_PROBLEM = new Declared(true, "补交的住所证明为租赁房屋，需附租赁合同");

    @Test
    void theFirstRequestNeedsNoReason() {
        var v = SupplementRounds.check(0, false, NOTHING);
        assertThat(v.allowed()).isTrue();
        assertThat(v.round()).isEqualTo(1);
        assertThat(v.repeat()).isFalse();
    }

    @Test
    void afterASupplyAnotherRequestIsRefusedUnlessTheSuppliedMaterialRaisedANewProblem() {
        assertThat(SupplementRounds.check(1, false, NOTHING).refusal()).isEqualTo(Refusal.ALREADY_ASKED);
        assertThat(SupplementRounds.check(1, false, new Declared(false, "想再看看")).refusal()).isEqualTo(Refusal.ALREADY_ASKED);
        assertThat(SupplementRounds.check(1, false, new Declared(true, " ")).refusal()).isEqualTo(Refusal.REASON_MISSING);
        assertThat(SupplementRounds.check(1, false, new Declared(true, null)).refusal()).isEqualTo(Refusal.REASON_MISSING);
        var second = SupplementRounds.check(1, false, NEW_PROBLEM);
        assertThat(second.allowed()).isTrue();
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.repeat()).isTrue();
        assertThat(SupplementRounds.check(2, false, NEW_PROBLEM).round()).isEqualTo(3);
        assertThat(SupplementRounds.check(2, false, NOTHING).refusal()).isEqualTo(Refusal.ALREADY_ASKED);
    }

    @Test
    void nothingMoreWhileARequestIsPendingAndEveryRefusalIsExplainedInBothLanguages() {
        assertThat(SupplementRounds.check(0, true, NOTHING).refusal()).isEqualTo(Refusal.PENDING);
        assertThat(SupplementRounds.check(1, true, NEW_PROBLEM).refusal()).isEqualTo(Refusal.PENDING);
        for (Refusal r : Refusal.values()) {
            assertThat(r.status).isIn(409, 422);
            assertThat(r.zh).isNotBlank();
            assertThat(r.en).isNotBlank();
        }
        assertThat(Refusal.ALREADY_ASKED.en).contains("newProblemInSuppliedMaterial");
    }
}
