package cn.onewindow.contracts.vocabulary;

import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.ACCEPTED;
import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.ACCEPTED_WITH_DEFERRED_MATERIALS;
import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.RECEIVED;
import static cn.onewindow.contracts.vocabulary.IntakeCaseStatus.SUPPLEMENT_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The window's case statuses change only the ways intake changes them: every pair, allowed exactly where intended. */
class IntakeCaseStatusTest {
    /** What each status may become, as intake does it (take-in, supplement request, everything owed handed in). */
    static final Map<IntakeCaseStatus, Set<IntakeCaseStatus>> ALLOWED = Map.of(
            RECEIVED, EnumSet.of(SUPPLEMENT_REQUESTED),
            ACCEPTED, EnumSet.of(SUPPLEMENT_REQUESTED),
            ACCEPTED_WITH_DEFERRED_MATERIALS, EnumSet.of(SUPPLEMENT_REQUESTED, ACCEPTED),
            SUPPLEMENT_REQUESTED, EnumSet.of(SUPPLEMENT_REQUESTED, RECEIVED, ACCEPTED));

    @Test
    void everyPairIsAllowedExactlyWhereIntended() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(IntakeCaseStatus.values());
        for (var from : IntakeCaseStatus.values()) {
            for (var to : IntakeCaseStatus.values()) {
                assertThat(from.mayBecome(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.mayBecome(null)).as(from + " → nothing").isFalse();
        }
    }

    @Test
    void aTakeInStartsACaseReceivedAcceptedOrWithDeferredMaterialsNeverWaitingForASupplement() {
        assertThat(EnumSet.allOf(IntakeCaseStatus.class).stream().filter(IntakeCaseStatus::mayStart))
                .containsExactlyInAnyOrder(RECEIVED, ACCEPTED, ACCEPTED_WITH_DEFERRED_MATERIALS);
    }

    @Test
    void aSupplementRequestReachesEveryStatusAndEveryRequestEndsWhereItCameFromOrAccepted() {
        for (var from : IntakeCaseStatus.values()) {
            assertThat(from.mayBecome(SUPPLEMENT_REQUESTED)).as(from + " → 待补正").isTrue();
        }
        assertThat(SUPPLEMENT_REQUESTED.mayBecome(ACCEPTED_WITH_DEFERRED_MATERIALS)).as("a 容缺 case supplied is whole").isFalse();
        assertThat(RECEIVED.mayBecome(ACCEPTED)).as("acceptance by the back office is its progress, not the window's status")
                .isFalse();
    }
}
