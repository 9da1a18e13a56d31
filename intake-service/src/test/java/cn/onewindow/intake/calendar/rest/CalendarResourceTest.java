package cn.onewindow.intake.calendar.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The hall admin edits a year of the calendar; the edit travels over the calendar topic and changes
 * this service's working-day arithmetic. An inconsistent year is refused.
 */
@QuarkusTest
class CalendarResourceTest {
    /**
     * A year never entered is counted by weekends alone and said to be provisional; entering it (the topic
     * brings it to every service) makes the count the hall's word. A far year, picked afresh each run, so
     * that a topic kept from an earlier run has not entered it already (the years 2030–2039 are this test's).
     */
    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    void aYearNotEnteredIsProvisionalUntilTheEditReachesTheArithmetic() throws InterruptedException {
        // 2030–2039 are this test's years (the other services' tests enter far years in their own holders only)
        java.util.Map<String, Object> entered = given().when().get("/api/calendar").then().statusCode(200).extract().as(java.util.Map.class);
        int year = java.util.stream.IntStream.rangeClosed(2030, 2039).filter(y -> !entered.containsKey(String.valueOf(y))).findFirst()
                .orElseThrow(() -> new AssertionError("2030–2039 all entered on the kept calendar topic: reset the test servers"));
        String from = year + "-01-01";
        // 1 Jan of that year + 1 working day by weekends alone
        String guessed = cn.onewindow.calendar.HolidayData.shippedCalendar(cn.onewindow.platform.time.ClockProducer.HALL_ZONE)
                .addWorkingDays(java.time.LocalDate.parse(from), 1).toString();
        given().when().get("/api/calendar/working-days?from=" + from + "&add=1").then().statusCode(200)
                .body("result", equalTo(guessed)).body("provisional", equalTo(true))
                .body("unenteredYears", org.hamcrest.Matchers.contains(year));
        String holiday = guessed; // the notice makes the guessed day a holiday
        given().contentType(ContentType.JSON).body("""
                {"holidays":{"test holiday":["%s"]},"makeUpWorkdays":[],"source":"test: a notice for %d"}"""
                        .formatted(holiday, year))
                .when().put("/api/calendar/" + year).then().statusCode(200).body("editedBy", equalTo("admin-test"));
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        io.restassured.response.ValidatableResponse answer = null;
        while (System.nanoTime() < end) {
            answer = given().when().get("/api/calendar/working-days?from=" + from + "&add=1").then().statusCode(200);
            if (Boolean.FALSE.equals(answer.extract().path("provisional"))) {
                break;
            }
            Thread.sleep(200);
        }
        answer.body("provisional", equalTo(false)).body("unenteredYears", org.hamcrest.Matchers.empty());
        org.assertj.core.api.Assertions.assertThat(java.time.LocalDate.parse(answer.extract().<String>path("result")))
                .isAfter(java.time.LocalDate.parse(holiday));
    }

    /** From 1 November the hall admin is told to enter next year when it is missing (the shipped data ends in 2026). */
    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    void theAdminIsToldWhichYearToEnter() {
        try {
            cn.onewindow.testsupport.TestClock.moveTo(java.time.Instant.parse("2026-10-31T04:00:00Z"));
            given().when().get("/api/calendar/coverage").then().statusCode(200)
                    .body("today", equalTo("2026-10-31")).body("yearToEnter", org.hamcrest.Matchers.nullValue())
                    .body("enteredYears", org.hamcrest.Matchers.hasItems(2025, 2026));
            cn.onewindow.testsupport.TestClock.moveTo(java.time.Instant.parse("2026-11-01T04:00:00Z"));
            // a topic kept from an earlier run of the suite may hold 2027 already: then the warning is rightly gone
            boolean entered = given().when().get("/api/calendar/coverage").then().extract()
                    .<java.util.List<Integer>>path("enteredYears").contains(2027);
            given().when().get("/api/calendar/coverage").then().statusCode(200)
                    .body("yearToEnter", entered ? org.hamcrest.Matchers.nullValue() : equalTo(2027));
            // the operators see it too: the wellness check (not readiness) and the gauge
            given().when().get("/q/health/well").then().statusCode(entered ? 200 : 503)
                    .body("checks.find { it.name == 'Working-day calendar' }.status", equalTo(entered ? "UP" : "DOWN"));
            given().when().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("onewindow_calendar_year_missing " + (entered ? "0.0" : "2027.0")));
        } finally {
            cn.onewindow.testsupport.TestClock.reset();
        }
    }

    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    void aMakeUpDayOnAWeekdayIsRefused() {
        given().contentType(ContentType.JSON).body("""
                {"holidays":{},"makeUpWorkdays":["2028-03-01"],"source":"wrong"}""")
                .when().put("/api/calendar/2028").then().statusCode(422).body("code", equalTo("calendar-rules"));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void onlyTheHallAdminEditsIt() {
        given().contentType(ContentType.JSON).body("{\"holidays\":{},\"makeUpWorkdays\":[]}")
                .when().put("/api/calendar/2029").then().statusCode(403);
    }
}
