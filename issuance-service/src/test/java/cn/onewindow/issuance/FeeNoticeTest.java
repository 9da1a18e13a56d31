package cn.onewindow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 缴费通知 (#23 item 7): approval's fee event becomes one notice to the applicant in the notification outbox, with the
 * amount, its basis, how to pay and the date — once per fee, however often the event (or a copy of it under another
 * id) arrives; a second fee of the case is a second notice. A fee read before the applicant's contact waits for it;
 * a case whose applicant left no contact is sent none.
 */
@QuarkusTest
class FeeNoticeTest {
    static String fee(String caseId, String stepId, long cents, String due) {
        return """
                {"caseId":"%s","stepId":"%s","departmentCode":"AMR","amountCents":%d,"basis":"工本费","howToPay":"请到收费窗口缴纳。",
                 "dueAt":%s,"assessedAt":"2026-11-23T02:00:00Z","actor":{"userId":"reviewer-amr","post":"department-reviewer"}}"""
                .formatted(caseId, stepId, cents, due == null ? "null" : "\"" + due + "\"");
    }

    @Test
    void theApplicantIsToldEachFeeOnceWithItsAmountAndHowToPay() {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CONTACT, caseId, EventTypes.CONTACT_RECORDED,
                "{\"caseId\":\"" + caseId + "\",\"phone\":\"13912345678\"}");
        assertThat(Sql.awaitCount("select count(*) from applicant_contact where case_id = '" + caseId + "'", 1)).isEqualTo(1);

        String step = UUID.randomUUID().toString();
        String first = Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.FEE_ASSESSED,
                fee(caseId, step, 5050, "2026-11-26T15:59:59Z"));
        assertThat(Sql.awaitCount("select count(*) from notification where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        assertThat(Sql.text("select body from notification where case_id = '" + caseId + "'"))
                .contains("缴费通知", caseId, "50.50元", "工本费", "请到收费窗口缴纳", "2026年11月26日前");
        assertThat(Sql.text("select kind from notification where case_id = '" + caseId + "'")).isEqualTo("FEE_NOTICE:" + step);
        assertThat(Sql.count(due(caseId))).as("due: the contact is here").isEqualTo(1);

        // the same event again, and a copy of it under a new id (a replay): still one notice for this fee
        Events.send(Topics.APPROVAL_CASE, caseId, first, EventTypes.FEE_ASSESSED, fee(caseId, step, 5050, "2026-11-26T15:59:59Z"));
        String copy = Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.FEE_ASSESSED, fee(caseId, step, 5050, null));
        awaitApplied(copy);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "'")).isEqualTo(1);

        // a second fee of the same case is told too
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.FEE_ASSESSED, fee(caseId, UUID.randomUUID().toString(), 12000, null));
        assertThat(Sql.awaitCount("select count(*) from notification where case_id = '" + caseId + "'", 2)).isEqualTo(2);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and body like '%120.00元%'"))
                .isEqualTo(1);
    }

    @Test
    void aFeeReadBeforeTheContactWaitsForItAndWithoutAContactNothingIsSent() {
        // the department was quicker than the contact topic: the notice waits, then becomes due when the contact arrives
        String early = "T-" + UUID.randomUUID();
        awaitApplied(Events.send(Topics.APPROVAL_CASE, early, EventTypes.FEE_ASSESSED, fee(early, UUID.randomUUID().toString(), 5000, null)));
        assertThat(Sql.count(due(early))).as("nothing to send it to yet").isZero();
        assertThat(Sql.count("select count(*) from notification where case_id = '" + early + "'")).isEqualTo(1);
        Events.send(Topics.INTAKE_CONTACT, early, EventTypes.CONTACT_RECORDED, "{\"caseId\":\"" + early + "\",\"email\":\"lihua@example.cn\"}");
        assertThat(Sql.awaitCount(due(early), 1)).isEqualTo(1);

        // an applicant who left no contact is sent nothing
        String none = "T-" + UUID.randomUUID();
        awaitApplied(Events.send(Topics.APPROVAL_CASE, none, EventTypes.FEE_ASSESSED, fee(none, UUID.randomUUID().toString(), 5000, null)));
        assertThat(Sql.count(due(none))).isZero();
        // and when the contact is erased (the case is long delivered), what waited is gone
        String tombstone = Events.sendTombstone(Topics.INTAKE_CONTACT, none, UUID.randomUUID().toString(), EventTypes.CONTACT_ERASED);
        awaitApplied(tombstone);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + none + "'")).isZero();
    }

    /** The case's notices the dispatcher would send (due at some time; one waiting for the contact is not). */
    static String due(String caseId) {
        return "select count(*) from notification where case_id = '" + caseId + "' and next_attempt_at < 'infinity'";
    }

    private static void awaitApplied(String eventId) {
        assertThat(Sql.awaitCount("select count(*) from processed_event where consumer = 'issuance-service' and event_id = '"
                + eventId + "'", 1)).isEqualTo(1);
    }
}
