package cn.onewindow.contracts.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The issuance window's statuses as a table: every pair of statuses is tried, and a change is allowed exactly where
 * issuance-service makes it (IssuanceService: bundle release, hand-over, early hand-over, pickup;
 * MailAndArchiveService: mail, tracking, archive).
 */
class IssuanceStatusTest {
    /** from → to, as issuance-service changes a record's status today; nothing else. */
    static final Set<String> ALLOWED = Set.of(
            "WAITING_FOR_BUNDLE -> AWAITING_ARRIVAL", // the bundle joined and every part decided (releaseIfComplete)
            "AWAITING_ARRIVAL -> READY",              // handed over (arrived), or a hand-over that came first (takeEarlyHandover)
            "READY -> DELIVERED",                     // picked up at the window (pickup)
            "READY -> MAILED",                        // handed to the carrier (mail)
            "MAILED -> DELIVERED",                    // signed for (tracking DELIVERED)
            "MAILED -> READY",                        // returned mail back at the window (tracking RETURNED)
            "DELIVERED -> ARCHIVED");                 // archived (archive)

    @Test
    void aChangeIsAllowedExactlyWhereTheIssuanceWindowMakesIt() {
        int allowed = 0;
        for (var from : IssuanceStatus.values()) {
            for (var to : IssuanceStatus.values()) {
                boolean expected = ALLOWED.contains(from + " -> " + to);
                assertThat(from.mayBecome(to)).as(from + " -> " + to).isEqualTo(expected);
                allowed += expected ? 1 : 0;
            }
            assertThat(from.mayBecome(null)).as(from + " -> null").isFalse();
        }
        assertThat(allowed).as("every allowed change names two statuses").isEqualTo(ALLOWED.size());
    }

    @Test
    void aRecordStartsWaitingForItsBundleAwaitingArrivalOrReadyWhenSettledAtTheWindow() {
        var first = EnumSet.of(IssuanceStatus.WAITING_FOR_BUNDLE, IssuanceStatus.AWAITING_ARRIVAL, IssuanceStatus.READY);
        for (var s : IssuanceStatus.values()) {
            assertThat(s.mayStart()).as(s.name()).isEqualTo(first.contains(s));
        }
    }

    @Test
    void anArchivedCaseIsFinal() {
        assertThat(IssuanceStatus.values()).noneMatch(IssuanceStatus.ARCHIVED::mayBecome);
    }
}
