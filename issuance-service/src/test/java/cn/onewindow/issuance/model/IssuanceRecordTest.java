package cn.onewindow.issuance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.vocabulary.IssuanceStatus;
import cn.onewindow.platform.problem.ProblemException;

/** The record's status changes only through the vocabulary's table: a change it does not allow is refused, nothing changed. */
class IssuanceRecordTest {
    static IssuanceRecord startedAs(IssuanceStatus first) {
        var r = new IssuanceRecord();
        r.caseId = "T-1";
        r.startsAs(first);
        return r;
    }

    @Test
    void aLegalChangeIsMadeAndStoredByName() {
        var r = startedAs(IssuanceStatus.WAITING_FOR_BUNDLE);
        r.becomes(IssuanceStatus.AWAITING_ARRIVAL);
        r.becomes(IssuanceStatus.READY);
        r.becomes(IssuanceStatus.MAILED);
        r.becomes(IssuanceStatus.READY); // returned mail
        r.becomes(IssuanceStatus.DELIVERED);
        r.becomes(IssuanceStatus.ARCHIVED);
        assertThat(r.status()).isEqualTo(IssuanceStatus.ARCHIVED);
        assertThat(r.status).isEqualTo("ARCHIVED");
    }

    @Test
    void anIllegalChangeIsRefusedAndTheStatusStays() {
        var r = startedAs(IssuanceStatus.AWAITING_ARRIVAL);
        assertThatThrownBy(() -> r.becomes(IssuanceStatus.DELIVERED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("illegal-status-change");
                    assertThat(e.messageZh()).contains("AWAITING_ARRIVAL", "DELIVERED");
                    assertThat(e.getMessage()).contains("AWAITING_ARRIVAL", "DELIVERED");
                });
        assertThat(r.status()).isEqualTo(IssuanceStatus.AWAITING_ARRIVAL);
    }

    @Test
    void anArchivedCaseStaysArchived() {
        var r = startedAs(IssuanceStatus.READY);
        r.becomes(IssuanceStatus.DELIVERED);
        r.becomes(IssuanceStatus.ARCHIVED);
        assertThatThrownBy(() -> r.becomes(IssuanceStatus.READY)).isInstanceOf(ProblemException.class);
        assertThat(r.status).isEqualTo("ARCHIVED");
    }

    @Test
    void aRecordStartsOnlyOnceAndOnlyWhereADecisionPlacesIt() {
        var fresh = new IssuanceRecord();
        assertThat(fresh.status()).isNull();
        assertThatThrownBy(() -> fresh.becomes(IssuanceStatus.READY)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> fresh.startsAs(IssuanceStatus.MAILED)).isInstanceOf(ProblemException.class);
        assertThat(fresh.status).isNull();
        var ready = startedAs(IssuanceStatus.READY);
        assertThatThrownBy(() -> ready.startsAs(IssuanceStatus.AWAITING_ARRIVAL)).isInstanceOf(ProblemException.class);
        assertThat(ready.status).isEqualTo("READY");
    }
}
