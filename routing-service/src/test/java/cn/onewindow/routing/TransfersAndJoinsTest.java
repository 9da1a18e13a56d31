package cn.onewindow.routing;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.routing.model.RoutingAssignment;
import cn.onewindow.routing.service.TransferMonitor;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * Paper transfers and bundle joins on real Kafka and PostgreSQL, with an injected clock: an urgent
 * file not handed over within 10 office minutes is escalated to the coordinator (once); a bundle of
 * three departments joins only with the third decision.
 */
@QuarkusTest
class TransfersAndJoinsTest {
    @Inject
    TransferMonitor monitor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String accepted(String itemType, String path, String bundle) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, """
                {"caseId":"%s","itemCode":"AMR-0003","itemName":"测试事项","catalogueVersion":1,"departmentCode":"AMR",
                 "departmentName":"市场监督管理局","itemType":"%s","statutoryDays":20,"promisedDays":5,"applicantKind":"PERSON",
                 "applicantName":"测试","deliveryMethod":"PICKUP","intakePath":"%s","acceptedAt":"2026-11-23T02:00:00Z",
                 "actor":{"userId":"u1","post":"window-clerk"},"bundle":%s}""".formatted(caseId, itemType, path,
                bundle == null ? "null" : bundle));
        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static long events(String key, String type) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + key + "' and event_type = '" + type + "'");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "supervisor")
    void anUrgentFileNotHandedOverInTenMinutesIsEscalatedToTheCoordinator() {
        String late = accepted("IMMEDIATE", "ACCEPTED_ON_SPOT", null);
        String settled = accepted("IMMEDIATE", "SETTLED_ON_SPOT", null); // nothing travels
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + late
                + "' and transfer_limit_minutes = 10 and transfer_due_at = '2026-11-23T02:10:00Z'")).isEqualTo(1);

        tickAt("2026-11-23T02:07:00Z", monitor::tick); // three minutes before: a warning
        assertThat(events(late, EventTypes.DEADLINE_WARNING)).isEqualTo(1);
        tickAt("2026-11-23T02:09:30Z", monitor::tick); // before the limit (the clock runs on from the instant it is set to)
        assertThat(events(late, EventTypes.ESCALATED)).isZero();
        tickAt("2026-11-23T02:10:00Z", monitor::tick);
        assertThat(events(late, EventTypes.ESCALATED)).isEqualTo(1);
        tickAt("2026-11-23T02:30:00Z", monitor::tick);
        assertThat(events(late, EventTypes.ESCALATED)).as("escalated once").isEqualTo(1);
        assertThat(events(settled, EventTypes.ESCALATED)).isZero();

        String id = given().when().get("/api/escalations").then().statusCode(200)
                .body("caseId", hasItem(late)).extract().jsonPath()
                .getString("find { it.caseId == '" + late + "' }.id");
        given().when().post("/api/escalations/" + id + "/acknowledgement").then().statusCode(200)
                .body("acknowledgedBy", equalTo("coordinator"));
        given().when().get("/api/escalations").then().body("caseId", org.hamcrest.Matchers.not(hasItem(late)));
    }

    /** The transfer as a runner's (or department's) transaction read it, with the version it had then. */
    static RoutingAssignment readByAPerson(String caseId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> RoutingAssignment.<RoutingAssignment>findById(caseId)));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** That person's save of what they read and changed: refused if the row's version moved since. */
    static void savedByThePerson(RoutingAssignment read) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.merge(read))));
        } catch (Throwable e) {
            throw new AssertionError("the person's save failed because the monitor flagged the transfer meanwhile", e);
        }
    }

    /**
     * #22 item 5: the monitor's warning and escalation are set beside the row's version, so a runner's pickup
     * read just before them is saved without a 409, does not undo them, and each is announced once.
     */
    @Test
    void aPickupReadJustBeforeTheMonitorFlaggedTheTransferIsSavedAndTheFlagsStay() {
        String caseId = accepted("PROMISED", "ACCEPTED_ON_SPOT", null); // 30 office minutes: due 10:30, warned 10:27
        RoutingAssignment read = readByAPerson(caseId);
        int version = read.version;
        tickAt("2026-11-23T02:27:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.DEADLINE_WARNING)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId + "' and version = " + version
                + " and transfer_warned_at is not null")).as("the flag is set beside the version").isEqualTo(1);

        read.pickedUpBy = "runner1";
        read.pickedUpByName = "跑件员";
        read.pickedUpAt = Instant.parse("2026-11-23T02:27:05Z");
        read.materials = "APP";
        savedByThePerson(read);
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId + "' and picked_up_by = 'runner1'"
                + " and version = " + (version + 1) + " and transfer_warned_at is not null")).isEqualTo(1);
        tickAt("2026-11-23T02:28:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.DEADLINE_WARNING)).as("warned once").isEqualTo(1);

        RoutingAssignment readAgain = readByAPerson(caseId);
        tickAt("2026-11-23T02:30:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.ESCALATED)).isEqualTo(1);
        readAgain.materials = "APP,ID";
        savedByThePerson(readAgain);
        tickAt("2026-11-23T02:40:00Z", monitor::tick);
        assertThat(events(caseId, EventTypes.ESCALATED)).as("escalated once").isEqualTo(1);
        assertThat(Sql.count("select count(*) from routing_assignment where case_id = '" + caseId
                + "' and materials = 'APP,ID' and escalated_at is not null")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "supervisor")
    void aDepartmentsOverdueClockReachesTheCoordinator() {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.OVERDUE, """
                {"caseId":"%s","departmentCode":"AMR","clock":"ACCEPTANCE_MINUTES","deadline":"2026-11-23T02:20:00Z",
                 "at":"2026-11-23T02:20:00Z"}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from escalation where case_id = '" + caseId
                + "' and kind = 'ACCEPTANCE_MINUTES_OVERDUE'", 1)).isEqualTo(1);
        given().when().get("/api/escalations").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.details", org.hamcrest.Matchers.containsString("20分钟"));
    }

    @Test
    @TestSecurity(user = "runner1", roles = "material-runner")
    void aRunnerPicksTheFileUpWithItsMaterials() {
        String caseId = accepted("PROMISED", "ACCEPTED_ON_SPOT", null);
        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\",\"ID\"]}")
                .when().post("/api/transfers/" + caseId + "/pickup").then().statusCode(200)
                .body("materials", org.hamcrest.Matchers.contains("APP", "ID")).body("limitMinutes", equalTo(30));
        given().contentType(ContentType.JSON).body("{\"materials\":[\"APP\"]}")
                .when().post("/api/transfers/" + caseId + "/pickup").then().statusCode(409).body("code", equalTo("already-picked-up"));
        // the handover is the receiving department's to confirm, not the runner's
        given().when().post("/api/transfers/" + caseId + "/handover").then().statusCode(403);
        assertThat(events(caseId, EventTypes.TRANSFER_PICKED_UP)).isEqualTo(1);
    }

    @Test
    void aBundleOfThreeDepartmentsJoinsOnlyWithTheThirdDecision() {
        String bundleId = "DX-B-20261123-" + (100000 + (int) (Math.random() * 899999));
        String bundle = "{\"bundleId\":\"" + bundleId + "\",\"bundleCode\":\"BUNDLE-TEST\",\"size\":3}";
        String[] departments = {"AMR", "TAX", "PSB"};
        for (int i = 0; i < 3; i++) {
            String caseId = bundleId + "-" + departments[i];
            String id = UUID.randomUUID().toString();
            String decided = """
                    {"caseId":"%s","itemCode":"%s-0001","itemName":"测试","departmentCode":"%s","outcome":"APPROVED",
                     "resultKind":"LICENCE","resultTitle":"许可证","applicantName":"测试","deliveryMethod":"PICKUP",
                     "decidedAt":"2026-11-23T0%d:00:00Z","bundle":%s}""".formatted(caseId, departments[i], departments[i], i + 3, bundle);
            Events.send(Topics.APPROVAL_CASE, caseId, id, EventTypes.CASE_DECIDED, decided);
            Events.send(Topics.APPROVAL_CASE, caseId, id, EventTypes.CASE_DECIDED, decided); // redelivered
            assertThat(Sql.awaitCount("select count(*) from bundle_part where bundle_id = '" + bundleId + "'", i + 1)).isEqualTo(i + 1);
            if (i < 2) {
                assertThat(events(bundleId, EventTypes.BUNDLE_JOINED)).as("joined after " + (i + 1)).isZero();
            }
        }
        assertThat(Sql.awaitCount("select count(*) from outbox_event where aggregate_id = '" + bundleId
                + "' and event_type = '" + EventTypes.BUNDLE_JOINED + "' and payload like '%PSB%'", 1)).isEqualTo(1);
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, bundleId + "-PSB", "routing-service");
        assertThat(events(bundleId, EventTypes.BUNDLE_JOINED)).as("joined once").isEqualTo(1);
    }
}
