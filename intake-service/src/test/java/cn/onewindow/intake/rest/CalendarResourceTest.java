package cn.onewindow.intake.rest;

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
    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    void anEditedYearReachesTheArithmeticThroughTheCalendarTopic() throws InterruptedException {
        // before 2027 is published, Fri 1 Jan 2027 counts as a working day
        given().when().get("/api/calendar/working-days?from=2026-12-31&add=1").then().statusCode(200)
                .body("result", equalTo("2027-01-01"));
        given().contentType(ContentType.JSON).body("""
                {"holidays":{"元旦 New Year":["2027-01-01","2027-01-02","2027-01-03"]},"makeUpWorkdays":[],
                 "source":"test: 2027 notice not yet published"}""")
                .when().put("/api/calendar/2027").then().statusCode(200).body("editedBy", equalTo("admin-test"));
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String result = null;
        while (System.nanoTime() < end) {
            result = given().when().get("/api/calendar/working-days?from=2026-12-31&add=1").then().extract().path("result");
            if ("2027-01-04".equals(result)) {
                break;
            }
            Thread.sleep(200);
        }
        org.assertj.core.api.Assertions.assertThat(result).isEqualTo("2027-01-04");
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
