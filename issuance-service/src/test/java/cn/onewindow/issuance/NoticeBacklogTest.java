package cn.onewindow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.issuance.notify.NotificationDispatcher;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * At a busy hour more notices fall due between two dispatch runs than one claimed batch holds: a run sends batch after
 * batch until what is due is sent, so no backlog builds up run after run (session 24: at 33 results a second, one batch
 * of 50 every 5 s left 27,000 notices waiting after 13 minutes). The applicants' contacts are read per batch, not per
 * notice, and every notice still goes to its own case's applicant.
 */
@QuarkusTest
class NoticeBacklogTest {
    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void oneRunSendsABacklogOfSeveralBatchesEachToItsOwnApplicant() throws Throwable {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int notices = 130; // more than two batches of 50
        for (int i = 0; i < notices; i++) {
            String caseId = "NB-" + run + "-" + i;
            Sql.execute("insert into applicant_contact (case_id, email, recorded_at) values ('" + caseId + "', 'a" + i + "-" + run
                    + "@example.cn', '2026-11-23T01:00:00Z')");
            Sql.execute("insert into notification (id, case_id, kind, channel, recipient, body, status, attempts, next_attempt_at, created_at)"
                    + " values ('" + UUID.randomUUID() + "', '" + caseId + "', 'RESULT_READY', 'EMAIL', 'applicant-" + caseId
                    + "', '您的办理结果已到统一出件窗口', 'PENDING', 0, '2026-11-23T02:00:00Z', '2026-11-23T02:00:00Z')");
        }
        TestClock.moveTo(Instant.parse("2026-11-23T02:00:01Z"));

        var sent = VertxContextSupport.subscribeAndAwait(() -> dispatcher.dispatch());

        assertThat(sent.sent()).as("sent in this one run (other tests' due notices may go with them)").isGreaterThanOrEqualTo(notices);
        assertThat(Sql.count("select count(*) from notification where case_id like 'NB-" + run + "-%' and status = 'SENT'"
                + " and attempts = 1")).isEqualTo(notices);
        for (int i : new int[] {0, 64, 129}) {
            var mails = mailbox.getMailsSentTo("a" + i + "-" + run + "@example.cn");
            assertThat(mails).as("notice " + i).hasSize(1);
            assertThat(mails.get(0).getSubject()).contains("NB-" + run + "-" + i);
        }
    }
}
