package cn.onewindow.approval.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.vocabulary.ApprovalCaseStatus;
import cn.onewindow.platform.problem.ProblemException;

/** The case's status changes only through the vocabulary's table: a change it does not allow is refused, nothing changed. */
class ApprovalCaseTest {
    static ApprovalCase startedAs(ApprovalCaseStatus first) {
        var c = new ApprovalCase();
        c.caseId = "T-1";
        c.startsAs(first);
        return c;
    }

    @Test
    void aLegalChangeIsMadeAndStoredByName() {
        var c = startedAs(ApprovalCaseStatus.AWAITING_ACCEPTANCE);
        assertThat(c.status).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(c.open()).isTrue();
        c.becomes(ApprovalCaseStatus.QUEUED);
        c.becomes(ApprovalCaseStatus.APPROVED);
        assertThat(c.status()).isEqualTo(ApprovalCaseStatus.APPROVED);
        assertThat(c.status).isEqualTo("APPROVED");
        assertThat(c.open()).isFalse();
    }

    @Test
    void anIllegalChangeIsRefusedAndTheStatusStays() {
        var c = startedAs(ApprovalCaseStatus.AWAITING_ACCEPTANCE);
        assertThatThrownBy(() -> c.becomes(ApprovalCaseStatus.APPROVED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("illegal-status-change");
                    assertThat(e.messageZh()).contains("AWAITING_ACCEPTANCE", "APPROVED");
                    assertThat(e.getMessage()).contains("AWAITING_ACCEPTANCE", "APPROVED");
                });
        assertThat(c.status()).isEqualTo(ApprovalCaseStatus.AWAITING_ACCEPTANCE);
    }

    @Test
    void aDecidedCaseIsNotReopened() {
        var c = startedAs(ApprovalCaseStatus.QUEUED);
        c.becomes(ApprovalCaseStatus.DENIED);
        assertThatThrownBy(() -> c.becomes(ApprovalCaseStatus.QUEUED)).isInstanceOf(ProblemException.class);
        assertThat(c.status).isEqualTo("DENIED");
    }

    @Test
    void aCaseStartsOnlyOnceAndOnlyOpen() {
        var fresh = new ApprovalCase();
        assertThat(fresh.status()).isNull();
        assertThat(fresh.open()).isFalse();
        assertThatThrownBy(() -> fresh.becomes(ApprovalCaseStatus.QUEUED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> fresh.startsAs(ApprovalCaseStatus.APPROVED)).isInstanceOf(ProblemException.class);
        assertThat(fresh.status).isNull();
        var queued = startedAs(ApprovalCaseStatus.QUEUED);
        assertThatThrownBy(() -> queued.startsAs(ApprovalCaseStatus.AWAITING_ACCEPTANCE)).isInstanceOf(ProblemException.class);
        assertThat(queued.status).isEqualTo("QUEUED");
    }
}
