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
 * Intake's tombstone of a case's contact (the case key with a null value on the compacted contact topic, #20
 * item 11) deletes issuance's copy of the phone and e-mail. It is applied once through the inbox like any
 * event — recorded in processed_event, never dead-lettered — also when there is nothing to delete, and a
 * repeat of it changes nothing.
 */
@QuarkusTest
class ContactTombstoneTest {
    static final String TOPIC = Topics.INTAKE_CONTACT;
    static final String RECORDED = EventTypes.CONTACT_RECORDED;
    static final String ERASED = EventTypes.CONTACT_ERASED;

    @Test
    void aTombstoneDeletesTheContactAndIsNeverDeadLettered() {
        String caseId = "T-" + UUID.randomUUID();
        String other = "T-" + UUID.randomUUID();
        Events.send(TOPIC, caseId, RECORDED, "{\"caseId\":\"" + caseId + "\",\"phone\":\"13912345678\",\"email\":\"lihua@example.cn\"}");
        Events.send(TOPIC, other, RECORDED, "{\"caseId\":\"" + other + "\",\"phone\":\"13812345678\"}");
        assertThat(Sql.awaitCount("select count(*) from applicant_contact where case_id in ('" + caseId + "', '" + other + "')", 2))
                .isEqualTo(2);

        String tombstone = Events.sendTombstone(TOPIC, caseId, UUID.randomUUID().toString(), ERASED);
        assertThat(Sql.awaitCount("select count(*) from applicant_contact where case_id = '" + caseId + "'", 0)).isZero();
        assertThat(applied(tombstone)).as("applied through the inbox, not dead-lettered").isEqualTo(1);
        assertThat(Sql.count("select count(*) from applicant_contact where case_id = '" + other + "'")).as("only its own case").isEqualTo(1);

        // the same tombstone again (a redelivery), and one for a case whose contact never came: both pass quietly
        Events.sendTombstone(TOPIC, caseId, tombstone, ERASED);
        String unknown = Events.sendTombstone(TOPIC, "T-" + UUID.randomUUID(), UUID.randomUUID().toString(), ERASED);
        assertThat(Sql.awaitCount("select count(*) from processed_event where event_id = '" + unknown + "'", 1)).isEqualTo(1);
        assertThat(applied(tombstone)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from applicant_contact where case_id = '" + other + "'")).isEqualTo(1);
    }

    private static long applied(String eventId) {
        return Sql.awaitCount("select count(*) from processed_event where consumer = 'issuance-service' and event_id = '"
                + eventId + "'", 1);
    }
}
