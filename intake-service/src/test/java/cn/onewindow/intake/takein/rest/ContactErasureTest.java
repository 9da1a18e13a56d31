package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.intake.takein.service.ContactErasure;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * The applicant's contact is not kept for ever (#20, item 11): a week after issuance hands the result out, the
 * compacted contact topic gets a tombstone for the case (its key, a null value) and the window's own copy is
 * cleared; not a minute earlier (evaluation's invitation to rate still goes to it), and only once. Real
 * PostgreSQL and Kafka; the delivery arrives on issuance's case topic, the clock is the test's.
 */
@QuarkusTest
class ContactErasureTest {
    static final String BODY_WITH_CONTACT = CaseResourceTest.BODY.replace("\"idNumber\":\"11010519491231002X\"}",
            "\"idNumber\":\"11010519491231002X\",\"phone\":\"13812345678\",\"email\":\"lihua@example.cn\"}");

    @Inject
    ContactErasure erasure;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aWeekAfterDeliveryTheContactGetsATombstoneAndTheWindowForgetsIt() throws Throwable {
        assertThat(BODY_WITH_CONTACT).contains("13812345678");
        TestClock.moveTo(Instant.parse("2026-11-02T02:00:00Z")); // Mon 2 Nov, 10:00 in the hall
        String caseId = takeIn(BODY_WITH_CONTACT);
        String withoutContact = takeIn(CaseResourceTest.BODY);
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId + "' and contact_phone = '13812345678'"))
                .isEqualTo(1);

        delivered(caseId, "2026-11-04T03:00:00Z");
        delivered(withoutContact, "2026-11-04T03:00:00Z");
        assertThat(Sql.awaitCount("select count(*) from intake_case where case_id in ('" + caseId + "', '" + withoutContact
                + "') and delivered_at = '2026-11-04T03:00:00Z'", 2)).isEqualTo(2);

        // six days and 23 hours later: the invitation to rate may still go to the applicant
        TestClock.moveTo(Instant.parse("2026-11-11T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(() -> erasure.erase());
        assertThat(tombstones(caseId)).isZero();
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId + "' and contact_phone is not null"))
                .isEqualTo(1);

        // a week and a minute: erased
        TestClock.moveTo(Instant.parse("2026-11-11T03:01:00Z"));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> erasure.erase())).isPositive();
        assertThat(tombstones(caseId)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId + "' and contact_phone is null"
                + " and contact_email is null and contact_erased_at >= '2026-11-11T03:01:00Z'")).isEqualTo(1);
        assertThat(tombstones(withoutContact)).as("no contact was ever published for it").isZero();
        // on the topic: the contact, then the case key with no value
        var records = Events.received(Topics.INTAKE_CONTACT, caseId, 2);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).type()).isEqualTo(EventTypes.CONTACT_RECORDED);
        assertThat(records.get(0).value()).contains("13812345678");
        assertThat(records.get(1).type()).isEqualTo(EventTypes.CONTACT_ERASED);
        assertThat(records.get(1).value()).isNull();

        // once only; a second delivery event does not start the clock again
        delivered(caseId, "2026-11-12T03:00:00Z");
        Events.awaitConsumedThrough(Topics.ISSUANCE_CASE, caseId, "intake-service");
        VertxContextSupport.subscribeAndAwait(() -> erasure.erase());
        assertThat(tombstones(caseId)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId + "' and delivered_at = '2026-11-04T03:00:00Z'"))
                .isEqualTo(1);
    }

    private static String takeIn(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/cases")
                .then().statusCode(201).extract().path("intakeCase.caseId");
    }

    private static void delivered(String caseId, String at) {
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_DELIVERED, """
                {"caseId":"%s","departmentCode":"AMR","deliveryMethod":"PICKUP","receivedBy":"本人","deliveredAt":"%s"}"""
                .formatted(caseId, at));
    }

    private static long tombstones(String caseId) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and topic = '" + Topics.INTAKE_CONTACT
                + "' and event_type = '" + EventTypes.CONTACT_ERASED + "' and payload is null");
    }
}
