package cn.onewindow.intake.takein.model;

import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.ACCEPTED;
import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.ACCEPTED_WITH_DEFERRED_MATERIALS;
import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.RECEIVED;
import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.SUPPLEMENT_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.vocabulary.IntakeCaseStatus;
import cn.onewindow.platform.problem.ProblemException;

/** A case's window status changes only through the vocabulary's transitions; an illegal one is refused, nothing changed. */
class IntakeCaseTest {
    private static IntakeCase takenIn(IntakeCaseStatus first) {
        var c = new IntakeCase();
        c.caseId = "QP-20261123-0001";
        c.takenIn(first);
        return c;
    }

    @Test
    void anIllegalChangeIsRefusedAndTheStatusStaysAsItWas() {
        var c = takenIn(RECEIVED);
        assertThatThrownBy(() -> c.becomes(ACCEPTED)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("illegal-status-change");
            assertThat(e.messageZh()).contains("QP-20261123-0001", "RECEIVED", "ACCEPTED");
            assertThat(e.getMessage()).contains("QP-20261123-0001", "RECEIVED", "ACCEPTED");
        });
        assertThat(c.status).isEqualTo("RECEIVED");
        assertThat(c.status()).isEqualTo(RECEIVED);

        var supplied = takenIn(ACCEPTED_WITH_DEFERRED_MATERIALS);
        supplied.becomes(ACCEPTED);
        assertThatThrownBy(() -> supplied.becomes(ACCEPTED_WITH_DEFERRED_MATERIALS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> supplied.becomes(null)).isInstanceOf(ProblemException.class);
        assertThat(supplied.status).isEqualTo("ACCEPTED");
    }

    @Test
    void everyChangeGoesAsTheVocabularySays() {
        for (var from : IntakeCaseStatus.values()) {
            for (var to : IntakeCaseStatus.values()) {
                var c = new IntakeCase();
                c.status = from.name(); // as read from the table
                if (from.mayBecome(to)) {
                    c.becomes(to);
                    assertThat(c.status).as(from + " → " + to).isEqualTo(to.name());
                } else {
                    assertThatThrownBy(() -> c.becomes(to)).as(from + " → " + to).isInstanceOf(ProblemException.class);
                    assertThat(c.status).as(from + " → " + to).isEqualTo(from.name());
                }
            }
        }
    }

    @Test
    void aTakeInStartsTheCaseOnceAndNeverAsWaitingForASupplement() {
        assertThat(takenIn(RECEIVED).status).isEqualTo("RECEIVED");
        assertThat(takenIn(ACCEPTED).status).isEqualTo("ACCEPTED");
        assertThat(takenIn(ACCEPTED_WITH_DEFERRED_MATERIALS).status).isEqualTo("ACCEPTED_WITH_DEFERRED_MATERIALS");

        var c = new IntakeCase();
        assertThatThrownBy(() -> c.takenIn(SUPPLEMENT_REQUESTED)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo("illegal-status-change"));
        assertThatThrownBy(() -> c.takenIn(null)).isInstanceOf(ProblemException.class);
        assertThat(c.status).isNull();
        assertThatThrownBy(() -> c.becomes(ACCEPTED)).as("a case not taken in has no status to change")
                .isInstanceOf(ProblemException.class);

        var twice = takenIn(ACCEPTED);
        assertThatThrownBy(() -> twice.takenIn(RECEIVED)).isInstanceOf(ProblemException.class);
        assertThat(twice.status).isEqualTo("ACCEPTED");
    }

    @Test
    void theWindowsFlowsStayLegal() {
        // 容缺, then a supplement request, everything handed in: accepted
        var deferred = takenIn(ACCEPTED_WITH_DEFERRED_MATERIALS);
        deferred.becomes(SUPPLEMENT_REQUESTED);
        deferred.becomes(ACCEPTED);
        assertThat(deferred.status()).isEqualTo(ACCEPTED);
        // received, a request and a further round while it waits, supplied: received again
        var received = takenIn(RECEIVED);
        received.becomes(SUPPLEMENT_REQUESTED);
        received.becomes(SUPPLEMENT_REQUESTED);
        received.becomes(RECEIVED);
        assertThat(received.status()).isEqualTo(RECEIVED);
        // accepted, a request, supplied, a later round, supplied: accepted
        var accepted = takenIn(ACCEPTED);
        accepted.becomes(SUPPLEMENT_REQUESTED);
        accepted.becomes(ACCEPTED);
        accepted.becomes(SUPPLEMENT_REQUESTED);
        accepted.becomes(ACCEPTED);
        assertThat(accepted.status()).isEqualTo(ACCEPTED);
    }
}
