package cn.onewindow.intake.takein.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.vocabulary.IntakeCaseStatus;
import cn.onewindow.intake.takein.rules.CaseProgress.Stage;

/** 首办负责: the case's stages past the window only go forward, and the window shows the one state they add up to. */
class CaseProgressTest {
    @Test
    void aCaseOnlyEverMovesForward() {
        assertThat(CaseProgress.earlier(Stage.IN_DEPARTMENT)).isEmpty();
        assertThat(CaseProgress.earlier(Stage.RESULT_READY)).containsExactly(Stage.IN_DEPARTMENT, Stage.DECIDED);
        assertThat(CaseProgress.advances(null, Stage.IN_DEPARTMENT)).as("just past the window").isTrue();
        assertThat(CaseProgress.advances(null, Stage.DELIVERED)).as("issuance read before approval").isTrue();
        assertThat(CaseProgress.advances("IN_DEPARTMENT", Stage.DECIDED)).isTrue();
        assertThat(CaseProgress.advances("RESULT_READY", Stage.DECIDED)).as("a decision read late").isFalse();
        assertThat(CaseProgress.advances("DELIVERED", Stage.IN_DEPARTMENT)).as("a queued event read late").isFalse();
        assertThat(CaseProgress.advances("DECIDED", Stage.DECIDED)).as("the same stage twice").isFalse();
    }

    @Test
    void theWindowShowsWhatTheApplicantOwesFirstThenHowFarTheCaseHasGone() {
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED, null, null)).isEqualTo("ACCEPTED");
        assertThat(CaseProgress.shown(IntakeCaseStatus.RECEIVED, null, null)).isEqualTo("RECEIVED");
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED, "IN_DEPARTMENT", null)).isEqualTo("IN_DEPARTMENT");
        assertThat(CaseProgress.shown(IntakeCaseStatus.RECEIVED, "IN_DEPARTMENT", null)).isEqualTo("IN_DEPARTMENT");
        // materials owed to the window: the clerk's errand shows until the department decides
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED_WITH_DEFERRED_MATERIALS, "IN_DEPARTMENT", null)).isEqualTo("ACCEPTED_WITH_DEFERRED_MATERIALS");
        assertThat(CaseProgress.shown(IntakeCaseStatus.SUPPLEMENT_REQUESTED, "IN_DEPARTMENT", null)).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED_WITH_DEFERRED_MATERIALS, "DECIDED", "TERMINATED")).isEqualTo("TERMINATED");
        // a decision is shown by its outcome; then the result's way to the applicant
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED, "DECIDED", "APPROVED")).isEqualTo("APPROVED");
        assertThat(CaseProgress.shown(IntakeCaseStatus.RECEIVED, "DECIDED", "NOT_ACCEPTED")).isEqualTo("NOT_ACCEPTED");
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED, "RESULT_READY", "DENIED")).isEqualTo("RESULT_READY");
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED, "DELIVERED", "APPROVED")).isEqualTo("DELIVERED");
        assertThat(CaseProgress.shown(IntakeCaseStatus.ACCEPTED, "DELIVERED", null)).as("the decision not read yet").isEqualTo("DELIVERED");
    }
}
