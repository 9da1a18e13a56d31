package cn.onewindow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.onewindow.approval.service.ApprovalService;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseRouted;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;
import cn.onewindow.testsupport.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * 快递寄送材料: a postal case is taken in (acceptedAt) some days after its parcel was registered (limitsFrom). Its
 * working-day clocks — the promised limit, the acceptance within days after a receipt — count from the registration; the
 * 20 office minutes of an acceptance while the applicant waits count from the take-in; a case without the field (taken
 * in at the window, or an event recorded before it was added) counts from acceptedAt. The routed case is queued as the
 * routing consumer's inbox transaction does it (ApprovalService.enqueue in a transaction).
 */
@QuarkusTest
class PostalClockStartTest {
    /** Taken in Monday 2026-11-23 10:00 in the hall. */
    static final Instant TAKEN_IN = Instant.parse("2026-11-23T02:00:00Z");
    /** The parcel registered Friday 2026-11-20 10:00. */
    static final Instant REGISTERED = Instant.parse("2026-11-20T02:00:00Z");

    @Inject
    ApprovalService approval;

    @Test
    void aPostalCasesWorkingDayClockCountsFromItsRegistration() throws Throwable {
        String postal = enqueue(IntakePath.ACCEPTED_ON_SPOT, REGISTERED);
        String window = enqueue(IntakePath.ACCEPTED_ON_SPOT, null);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + postal
                + "' and clock_start = '2026-11-20T02:00:00Z'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + postal
                + "' and accepted_at = '2026-11-23T02:00:00Z'")).as("the take-in is still the take-in").isEqualTo(1);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + window
                + "' and clock_start = '2026-11-23T02:00:00Z'")).as("no registration: from the take-in").isEqualTo(1);
        assertThat(Sql.count("select count(*) from approval_case p, approval_case w where p.case_id = '" + postal
                + "' and w.case_id = '" + window + "' and p.deadline < w.deadline")).as("the limit ends earlier").isEqualTo(1);

        String received = enqueue(IntakePath.RECEIVED_ONLY, REGISTERED);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + received
                + "' and clock_start = '2026-11-20T02:00:00Z'")).as("acceptance within days: from the registration").isEqualTo(1);
    }

    @Test
    void theTwentyMinutesWhileTheApplicantWaitsCountFromTheTakeIn() throws Throwable {
        String waiting = enqueue(IntakePath.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING, REGISTERED);
        assertThat(Sql.count("select count(*) from approval_case where case_id = '" + waiting
                + "' and clock_start = '2026-11-23T02:00:00Z'")).isEqualTo(1);
    }

    private String enqueue(IntakePath path, Instant limitsFrom) throws Throwable {
        String caseId = "T-" + UUID.randomUUID();
        var routed = new CaseRouted(caseId, "AMR-0001", "测试事项", "AMR", "AMR/back-office", ItemType.PROMISED, 5, "测试申请人",
                DeliveryMethod.EXPRESS_MAIL, TAKEN_IN, TAKEN_IN, Actor.system("routing-service"), null, path, null, null,
                limitsFrom);
        VertxContextSupport.<Void>subscribeAndAwait(() -> Panache.withTransaction(() -> approval.enqueue(routed)));
        return caseId;
    }
}
