package cn.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * routing-service on the real Kafka and PostgreSQL: an accepted case is assigned once, even when
 * its event arrives twice; the deciding department comes from routing's own catalogue copy.
 */
@QuarkusTest
class IntakeEventRoutingTest {
    static final String ACCEPTED = """
            {"caseId":"%s","itemCode":"%s","itemName":"测试事项","catalogueVersion":%d,"departmentCode":"%s",
             "departmentName":"测试","itemType":"PROMISED","statutoryDays":20,"promisedDays":5,"applicantKind":"PERSON",
             "applicantName":"测试","deliveryMethod":"PICKUP","intakePath":"ACCEPTED_ON_SPOT",
             "acceptedAt":"2026-11-23T02:00:00Z","actor":{"userId":"u1","post":"window-clerk"}}""";

    @Test
    void anAcceptedCaseIsRoutedOnceToTheDepartmentOfItsCatalogueVersion() {
        String item = "TST-" + (1000 + (int) (Math.random() * 8999));
        // the catalogue says version 2 of this item is decided by HCD, though intake's event says AMR
        Events.send(Topics.CATALOGUE_ITEM, item + "@v2", EventTypes.ITEM_VERSION_PUBLISHED, """
                {"code":"%s","version":2,"status":"ACTIVE","effectiveFrom":"2026-01-01T00:00:00Z",
                 "definition":{"departmentCode":"HCD","itemType":"PROMISED","promisedDays":5}}""".formatted(item));
        assertThat(Sql.awaitCount("select count(*) from catalogue_copy where code = '" + item + "'", 1)).isEqualTo(1);

        String caseId = "T-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Events.send(Topics.INTAKE_CASE, caseId, eventId, EventTypes.CASE_TAKEN_IN, ACCEPTED.formatted(caseId, item, 2, "AMR"));
        Events.send(Topics.INTAKE_CASE, caseId, eventId, EventTypes.CASE_TAKEN_IN, ACCEPTED.formatted(caseId, item, 2, "AMR"));
        // a later event on the same key (same partition) that routing ignores: once it is processed,
        // both copies of the duplicate have been consumed
        Events.awaitConsumedThrough(Topics.INTAKE_CASE, caseId, "routing-service");

        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId + "' and department_code = 'HCD'"
                + " and queue = 'HCD/back-office'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "'")).as("one routed event").isEqualTo(1);
    }

    @Test
    void withoutACatalogueCopyTheIntakeDepartmentIsUsedAndAPoisonRecordIsDeadLettered() {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, ACCEPTED.formatted(caseId, "ZZZ-0001", 1, "TAX"));
        String poison = "poison-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CASE, poison, EventTypes.CASE_TAKEN_IN, "[1,2,3]");
        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id = '" + caseId + "' and department_code = 'TAX'", 1))
                .isEqualTo(1);
        assertThat(Events.arrives(Topics.deadLetters("routing"), poison)).isTrue();
    }

    @Test
    void aPostalCasesTransferLimitCountsFromItsTakeInAndItsRegistrationIsPassedOnToApproval() {
        // registered Friday, taken in Monday 10:00: the paper file is due 30 office minutes after the take-in
        String caseId = "T-" + UUID.randomUUID();
        String postal = ACCEPTED.formatted(caseId, "ZZZ-0002", 1, "TAX")
                .replace("\"acceptedAt\"", "\"channel\":\"POST\",\"limitsFrom\":\"2026-11-20T02:00:00Z\",\"acceptedAt\"");
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, postal);
        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id = '" + caseId
                + "' and accepted_at = '2026-11-23T02:00:00Z' and transfer_due_at = '2026-11-23T02:30:00Z'", 1)).isEqualTo(1);
        assertThat(Sql.text("select payload from outbox_event where aggregate_id = '" + caseId + "'"))
                .contains("\"acceptedAt\":\"2026-11-23T02:00:00Z\"", "\"limitsFrom\":\"2026-11-20T02:00:00Z\"");

        // a window case (and an event recorded before the field): none passed on, approval counts from acceptedAt
        String window = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CASE, window, EventTypes.CASE_TAKEN_IN, ACCEPTED.formatted(window, "ZZZ-0002", 1, "TAX"));
        assertThat(Sql.awaitCount("select count(*) from outbox_event where aggregate_id = '" + window + "'", 1)).isEqualTo(1);
        assertThat(Sql.text("select payload from outbox_event where aggregate_id = '" + window + "'")).contains("\"limitsFrom\":null");
    }
}
