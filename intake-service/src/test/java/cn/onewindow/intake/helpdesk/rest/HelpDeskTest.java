package cn.onewindow.intake.helpdesk.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * The help desk (帮办代办) on the real database: requests noted and answered once, by the helper only, in time or late
 * by the service's clock (moved here, never slept on), and the day's figures that count them.
 */
@QuarkusTest
class HelpDeskTest {
    /** A day no other test notes requests on: its figures are this class's alone. */
    static final Instant DAY = Instant.parse("2031-03-04T02:00:00Z");

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String note(String channel, String question) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "applicantName", "求助人", "phone", "13812345678", "question", question))
                .when().post("/api/help-requests")
                .then().statusCode(201).body("channel", equalTo(channel)).body("hallCode", equalTo("DX"))
                .body("phone", equalTo("138****5678")).body("answeredAt", nullValue())
                .extract().path("id");
    }

    static io.restassured.response.Response answer(String id, String resolution) {
        return given().contentType(ContentType.JSON).body(Map.of("resolution", resolution, "note", "已当面解答"))
                .when().post("/api/help-requests/" + id + "/answer");
    }

    @Test
    @TestSecurity(user = "helper-test", roles = "helper")
    @OidcSecurity(claims = {@Claim(key = "hall", value = "DX"), @Claim(key = "family_name", value = "何"),
            @Claim(key = "given_name", value = "丽")})
    void oneAnsweredInTimeAndOneLateShowInTheDaysFigures() {
        // the test database outlives a run: the day's rows of an earlier run go first (a day no one else uses)
        Sql.execute("delete from help_request where created_at >= '2031-03-03T16:00:00Z' and created_at < '2031-03-04T16:00:00Z'");
        TestClock.moveTo(DAY);
        String quick = note("WINDOW", "营业执照怎么办？");
        int limit = given().queryParam("status", "OPEN").when().get("/api/help-requests").then().statusCode(200)
                .extract().jsonPath().getInt("find { it.id == '" + quick + "' }.answerLimitSeconds");
        TestClock.moveTo(DAY.plusSeconds(limit - 1)); // within the limit (its last second: HelpDeskRulesTest)
        answer(quick, "RESOLVED").then().statusCode(200).body("inTime", equalTo(true)).body("resolution", equalTo("RESOLVED"))
                .body("answeredByName", equalTo("何丽"));
        answer(quick, "REFERRED").then().statusCode(409).body("code", equalTo("already-answered"));
        answer(quick, "MAYBE").then().statusCode(400);

        TestClock.moveTo(DAY.plusSeconds(100));
        String slow = note("PHONE", "税务登记需要什么材料？");
        TestClock.moveTo(DAY.plusSeconds(100 + limit + 1));
        answer(slow, "REFERRED").then().statusCode(200).body("inTime", equalTo(false));
        // a third still open within its limit counts for neither side yet
        String open = note("WINDOW", "还在等待");
        var list = given().queryParam("status", "OPEN").when().get("/api/help-requests").then().statusCode(200)
                .body("id", hasItem(open)).body("id", not(hasItem(slow))).extract().jsonPath();
        assertThat(list.getInt("find { it.id == '" + open + "' }.secondsLeft")).isBetween(limit - 3, limit);

        given().queryParam("day", "2031-03-04").when().get("/api/help-requests/figures").then().statusCode(200)
                .body("total", equalTo(3)).body("answered", equalTo(2)).body("answeredInTime", equalTo(1))
                .body("late", equalTo(1)).body("open", equalTo(1)).body("inTimeShare", equalTo(0.5f))
                .body("belowGoal", equalTo(true)).body("goal", equalTo(0.9f))
                .body("resolvedFirstContact", equalTo(1)).body("firstContactShare", equalTo(0.5f));
        given().queryParam("day", "2031-13-01").when().get("/api/help-requests/figures").then().statusCode(400)
                .body("code", equalTo("invalid-day"));
    }

    /** Helpers answering one request at once answer it once: one 200, every other 409 (the row is locked). */
    @Test
    @TestSecurity(user = "helper-test", roles = "helper")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void answersAtOnceAnswerOnce() throws Exception {
        String id = note("WINDOW", "两位帮办同时答复");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.CompletableFuture<Integer>>();
            for (String resolution : new String[] {"RESOLVED", "ASSISTED", "REFERRED", "RESOLVED", "ASSISTED", "REFERRED"}) {
                calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> answer(id, resolution).statusCode(), pool));
            }
            var codes = new java.util.ArrayList<Integer>();
            for (var c : calls) {
                codes.add(c.get());
            }
            assertThat(codes).as(codes.toString()).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void aWindowClerkNotesRequestsButCannotAnswerThemAndNothingIsWritten() {
        String id = note("WINDOW", "能帮我填表吗？");
        answer(id, "RESOLVED").then().statusCode(403).body("code", equalTo("not-helper"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/help-requests/" + id + "/answer")
                .then().statusCode(403).body("code", equalTo("not-helper")); // the post first, whatever the body
        assertThat(Sql.count("select count(*) from help_request where id = '" + id + "' and answered_at is null")).isEqualTo(1);
        // another hall's request is not the clerk's to note
        given().contentType(ContentType.JSON).body(Map.of("channel", "WINDOW", "hallCode", "JZ", "question", "x"))
                .when().post("/api/help-requests").then().statusCode(403).body("code", equalTo("other-hall"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "EMAIL", "question", "x"))
                .when().post("/api/help-requests").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "hall", value = "DX"), @Claim(key = "department", value = "AMR")})
    void anyOtherPostIsToldItIsNotTheHelper() {
        answer("00000000-0000-0000-0000-000000000000", "RESOLVED").then().statusCode(403).body("code", equalTo("not-helper"));
    }

    @Test
    void theTerminalNeedsNoLoginButAKnownHall() {
        long before = Sql.count("select count(*) from help_request");
        given().contentType(ContentType.JSON).body(Map.of("hallCode", "ZZ", "question", "怎么取号？"))
                .when().post("/api/public/help-requests").then().statusCode(422).body("code", equalTo("unknown-hall"));
        given().contentType(ContentType.JSON).body(Map.of("question", "怎么取号？"))
                .when().post("/api/public/help-requests").then().statusCode(400);
        assertThat(Sql.count("select count(*) from help_request")).as("nothing written").isEqualTo(before);
        String id = given().contentType(ContentType.JSON).body(Map.of("hallCode", "DX", "question", "怎么取号？"))
                .when().post("/api/public/help-requests").then().statusCode(201)
                .body("hallCode", equalTo("DX")).extract().path("id");
        assertThat(Sql.text("select channel from help_request where id = '" + id + "'")).isEqualTo("TERMINAL");
        // the staff list is not public
        given().when().get("/api/help-requests").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "helper-test", roles = "helper")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void anItemAskedAboutMustBeInForce() {
        given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "itemCode", "AMR-9999", "question", "x"))
                .when().post("/api/help-requests").then().statusCode(422).body("code", equalTo("unknown-item"));
    }
}
