package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.approval.service.ProvisionalDeadlines;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.contracts.calendar.HolidayYear;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;

/**
 * #22 item 1: a deadline counted into a year whose holiday notice is not entered is shown as provisional, and
 * counted again — moved by the notice's holidays — once the hall admin enters the year.
 */
@QuarkusTest
class ProvisionalDeadlinesTest {
    @Inject
    CalendarHolder calendars;
    @Inject
    ProvisionalDeadlines provisional;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aDeadlineInAYearNotEnteredIsProvisionalAndMovesWhenTheYearIsEntered() throws Throwable {
        // a far year no test enters on the calendar topic: Mon 28 Dec 2093 + 5 working days
        int year = 2094;
        LocalDate monday = LocalDate.of(year - 1, 12, 28);
        org.assertj.core.api.Assertions.assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        calendars.replaceYear(String.valueOf(year - 1), new HolidayYear(Map.of(), List.of(), "test: weekends only"));
        VertxContextSupport.subscribeAndAwait(() -> provisional.recount());
        Instant accepted = monday.atTime(10, 0).atZone(calendars.calendar().zone()).toInstant();
        TestClock.moveTo(accepted.plusSeconds(60));
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, accepted.toString(), null);

        // 29, 30, 31 Dec, Fri 1 Jan (a guess: weekends alone), Mon 4 Jan → the close of 4 Jan
        given().when().get("/api/department/cases/" + caseId).then().statusCode(200)
                .body("deadline", equalTo(LocalDate.of(year, 1, 5).atStartOfDay(calendars.calendar().zone()).toInstant().toString()))
                .body("deadlineProvisional", equalTo(true));

        calendars.replaceYear(String.valueOf(year), new HolidayYear(
                Map.of("元旦", List.of(LocalDate.of(year, 1, 1))), List.of(), "test: the notice for " + year));
        org.assertj.core.api.Assertions.assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> provisional.recount()))
                .as("open cases counted again").isGreaterThanOrEqualTo(1);

        // 1 Jan is a holiday now: 29, 30, 31 Dec, Mon 4, Tue 5 → the close of 5 Jan, the hall's word
        given().when().get("/api/department/cases/" + caseId).then().statusCode(200)
                .body("deadline", equalTo(LocalDate.of(year, 1, 6).atStartOfDay(calendars.calendar().zone()).toInstant().toString()))
                .body("deadlineProvisional", equalTo(false));
        org.assertj.core.api.Assertions.assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> provisional.recount()))
                .as("nothing changed since: nothing counted again").isZero();
    }
}
