package cn.onewindow.contracts.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The back office's case statuses as a table: every pair of statuses is tried, and a change is allowed exactly where
 * approval-service makes it (ApprovalService: enqueue, decideAcceptance, decide, terminate via the deadline monitor).
 */
class ApprovalCaseStatusTest {
    /** from → to, as approval-service changes a case's status today; nothing else. */
    static final Set<String> ALLOWED = Set.of(
            "AWAITING_ACCEPTANCE -> QUEUED",        // 受理 (decideAcceptance ACCEPT)
            "AWAITING_ACCEPTANCE -> NOT_ACCEPTED",  // 不予受理 (decideAcceptance, chief or department system)
            "QUEUED -> APPROVED",                   // 准予许可 (decide; a case settled on the spot at once, in enqueue)
            "QUEUED -> DENIED",                     // 不予许可 (decide)
            "QUEUED -> TERMINATED");                // 容缺 owed materials not in time (DeadlineMonitor.terminate)

    @Test
    void aChangeIsAllowedExactlyWhereTheBackOfficeMakesIt() {
        int allowed = 0;
        for (var from : ApprovalCaseStatus.values()) {
            for (var to : ApprovalCaseStatus.values()) {
                boolean expected = ALLOWED.contains(from + " -> " + to);
                assertThat(from.mayBecome(to)).as(from + " -> " + to).isEqualTo(expected);
                allowed += expected ? 1 : 0;
            }
            assertThat(from.mayBecome(null)).as(from + " -> null").isFalse();
        }
        assertThat(allowed).as("every allowed change names two statuses").isEqualTo(ALLOWED.size());
    }

    @Test
    void aCaseStartsAwaitingAcceptanceOrQueuedAndIsOpenUntilDecided() {
        var open = EnumSet.of(ApprovalCaseStatus.AWAITING_ACCEPTANCE, ApprovalCaseStatus.QUEUED);
        for (var s : ApprovalCaseStatus.values()) {
            assertThat(s.mayStart()).as(s.name()).isEqualTo(open.contains(s));
            assertThat(s.open()).as(s.name()).isEqualTo(open.contains(s));
        }
    }

    @Test
    void aDecidedCaseChangesNoMore() {
        for (var s : ApprovalCaseStatus.values()) {
            if (!s.open()) {
                assertThat(ApprovalCaseStatus.values()).noneMatch(s::mayBecome);
            }
        }
    }

    @Test
    void theDecidedStatusesAreTheDecisionOutcomesByName() {
        assertThat(Arrays.stream(ApprovalCaseStatus.values()).filter(s -> !s.open()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(DecisionOutcome.values()).map(Enum::name).toList());
        for (var outcome : DecisionOutcome.values()) {
            assertThat(ApprovalCaseStatus.of(outcome).name()).isEqualTo(outcome.name());
            assertThat(ApprovalCaseStatus.of(outcome).open()).isFalse();
        }
    }
}
