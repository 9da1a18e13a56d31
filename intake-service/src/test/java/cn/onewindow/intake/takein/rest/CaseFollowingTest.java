package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The first handler follows the case (首办负责, #22 item 7): the department's and the issuance window's events move
 * the window's case on — in the department, decided, at the issuance window, delivered — once each, only forward
 * whatever order the two topics are read in, and "my cases" shows where each case has got to and keeps the earlier
 * ones until their result reached the applicant. Real PostgreSQL and Kafka; the events are sent as approval and
 * issuance send them, the clock is the test's.
 */
@QuarkusTest
class CaseFollowingTest {
    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "following-clerk", roles = "window-clerk")
    void theFirstHandlerSeesTheCaseGoFromTheWindowToTheApplicant() {
        TestClock.moveTo(Instant.parse("2026-12-14T02:00:00Z")); // Mon 14 Dec, 10:00 in the hall
        String caseId = takeIn();
        given().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("state", equalTo("ACCEPTED")).body("progress", nullValue());

        send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_QUEUED, queued(caseId));
        awaitProgress(caseId, "IN_DEPARTMENT");
        given().when().get("/api/cases/" + caseId).then().body("state", equalTo("IN_DEPARTMENT"))
                .body("progressAt", equalTo("2026-12-14T02:00:05Z"));

        // the decision, and the same event once more (a redelivery): applied once
        String decided = decided(caseId, "APPROVED");
        String eventId = Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, decided);
        Events.send(Topics.APPROVAL_CASE, caseId, eventId, EventTypes.CASE_DECIDED, decided);
        awaitProgress(caseId, "DECIDED");
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, caseId, "intake-service");
        assertThat(Sql.count("select count(*) from processed_event where consumer = 'intake-service' and event_id = '"
                + eventId + "'")).isEqualTo(1);
        given().when().get("/api/cases/" + caseId).then().body("state", equalTo("APPROVED")).body("decision", equalTo("APPROVED"));

        send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_READY, ready(caseId));
        awaitProgress(caseId, "RESULT_READY");
        // a queued event read late (the two topics are read apart) never takes the case back
        send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_QUEUED, queued(caseId));
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, caseId, "intake-service");
        given().when().get("/api/cases/" + caseId).then().body("state", equalTo("RESULT_READY"));

        send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_DELIVERED, delivered(caseId, "2026-12-16T02:00:00Z"));
        awaitProgress(caseId, "DELIVERED");
        given().when().get("/api/cases/" + caseId).then()
                .body("state", equalTo("DELIVERED")).body("decision", equalTo("APPROVED"))
                .body("progressAt", equalTo("2026-12-16T02:00:00Z"))
                .body("status", equalTo("ACCEPTED")); // what the window did stays as it was
        // the same delivery also started the contact's retention (one consumer, one transaction, both effects)
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId
                + "' and delivered_at = '2026-12-16T02:00:00Z'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "following-clerk", roles = "window-clerk")
    void whicheverTopicIsReadFirstTheDecisionIsKeptAndTheCaseNeverGoesBack() {
        TestClock.moveTo(Instant.parse("2026-12-15T02:00:00Z")); // Tue 15 Dec
        String caseId = takeIn();
        // issuance's event read before approval's: the result is at the issuance window
        send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_READY, ready(caseId));
        awaitProgress(caseId, "RESULT_READY");
        send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, decided(caseId, "DENIED"));
        assertThat(Sql.awaitCount("select count(*) from intake_case where case_id = '" + caseId + "' and decision = 'DENIED'", 1))
                .isEqualTo(1);
        given().when().get("/api/cases/" + caseId).then()
                .body("progress", equalTo("RESULT_READY")).body("state", equalTo("RESULT_READY")).body("decision", equalTo("DENIED"));

        // a decision this window does not know (a newer approval service): read, not dead-lettered, nothing moves
        String other = takeIn();
        String unknown = Events.send(Topics.APPROVAL_CASE, other, EventTypes.CASE_DECIDED, decided(other, "WITHDRAWN"));
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, other, "intake-service");
        assertThat(Sql.count("select count(*) from processed_event where consumer = 'intake-service' and event_id = '"
                + unknown + "'")).isEqualTo(1);
        given().when().get("/api/cases/" + other).then().body("state", equalTo("ACCEPTED")).body("decision", nullValue());
    }

    @Test
    @TestSecurity(user = "following-clerk-mine", roles = "window-clerk")
    void myCasesKeepTheEarlierOnesUntilTheirResultHasReachedTheApplicant() {
        TestClock.moveTo(Instant.parse("2026-12-21T02:00:00Z")); // Mon 21 Dec, 10:00
        String inDepartment = takeIn();
        String deliveredToday = takeIn();
        String deliveredBefore = takeIn();
        send(Topics.APPROVAL_CASE, inDepartment, EventTypes.CASE_QUEUED, queued(inDepartment));
        send(Topics.ISSUANCE_CASE, deliveredBefore, EventTypes.RESULT_DELIVERED, delivered(deliveredBefore, "2026-12-21T06:00:00Z"));
        awaitProgress(inDepartment, "IN_DEPARTMENT");
        awaitProgress(deliveredBefore, "DELIVERED");

        TestClock.moveTo(Instant.parse("2026-12-23T02:00:00Z")); // Wed 23 Dec, 10:00
        String today = takeIn();
        send(Topics.ISSUANCE_CASE, deliveredToday, EventTypes.RESULT_DELIVERED, delivered(deliveredToday, "2026-12-23T01:00:00Z"));
        awaitProgress(deliveredToday, "DELIVERED");

        JsonPath mine = given().when().get("/api/cases/mine").then().statusCode(200).extract().jsonPath();
        List<String> ids = mine.getList("caseId");
        assertThat(ids).contains(today, inDepartment, deliveredToday).doesNotContain(deliveredBefore);
        assertThat(ids.indexOf(today)).as("newest first").isLessThan(ids.indexOf(inDepartment));
        assertThat(mine.getString("find { it.caseId == '" + inDepartment + "' }.state")).isEqualTo("IN_DEPARTMENT");
        assertThat(mine.getString("find { it.caseId == '" + deliveredToday + "' }.state")).isEqualTo("DELIVERED");
        assertThat(mine.getString("find { it.caseId == '" + today + "' }.state")).isEqualTo("ACCEPTED");
        // a day asked for: the cases taken in that day, as before, each at its state now
        List<String> monday = given().when().get("/api/cases/mine?day=2026-12-21").then().statusCode(200).extract().path("caseId");
        assertThat(monday).containsExactlyInAnyOrder(inDepartment, deliveredToday, deliveredBefore);
    }

    private static String takeIn() {
        return given().contentType(ContentType.JSON).body(CaseResourceTest.BODY).when().post("/api/cases")
                .then().statusCode(201).extract().path("intakeCase.caseId");
    }

    private static void send(String topic, String caseId, String type, String json) {
        Events.send(topic, caseId, type, json);
    }

    private static void awaitProgress(String caseId, String stage) {
        assertThat(Sql.awaitCount("select count(*) from intake_case where case_id = '" + caseId + "' and progress = '"
                + stage + "'", 1)).as(caseId + " at " + stage).isEqualTo(1);
    }

    static String queued(String caseId) {
        return """
                {"caseId":"%s","departmentCode":"AMR","queue":"AMR/back-office","queuedAt":"2026-12-14T02:00:05Z",
                 "deadline":"2026-12-21T16:00:00Z"}""".formatted(caseId);
    }

    static String decided(String caseId, String outcome) {
        return """
                {"caseId":"%s","itemCode":"AMR-0003","itemName":"个体工商户注册登记","departmentCode":"AMR","outcome":"%s",
                 "resultKind":"LICENCE","resultTitle":"营业执照","reasons":null,"applicantName":"测试申请人",
                 "deliveryMethod":"PICKUP","decidedAt":"2026-12-15T03:00:00Z"}""".formatted(caseId, outcome);
    }

    static String ready(String caseId) {
        return """
                {"caseId":"%s","departmentCode":"AMR","outcome":"APPROVED","resultTitle":"营业执照","deliveryMethod":"PICKUP",
                 "readyAt":"2026-12-15T05:00:00Z"}""".formatted(caseId);
    }

    static String delivered(String caseId, String at) {
        return """
                {"caseId":"%s","departmentCode":"AMR","deliveryMethod":"PICKUP","receivedBy":"本人","deliveredAt":"%s"}"""
                .formatted(caseId, at);
    }
}
