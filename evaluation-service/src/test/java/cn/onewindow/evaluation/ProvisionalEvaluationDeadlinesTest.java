package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.HolidayData;
import cn.onewindow.contracts.calendar.HolidayYear;
import cn.onewindow.evaluation.service.EvaluationDeadlineRecount;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * #22 item 1 for evaluation: a rectification or complaint-feedback deadline counted into a year whose holiday
 * notice is not entered is shown as provisional, and counted again — moved by the notice's holidays — once the
 * hall admin enters the year.
 */
@QuarkusTest
class ProvisionalEvaluationDeadlinesTest {
    /**
     * A year no other test enters, and beyond intake's calendar test (which puts a random year of 2040–2094 on the
     * shared calendar topic every service reads): 1 Jan 2100 is a Friday, 30 Dec 2099 a Wednesday.
     */
    static final int YEAR = 2100;

    @Inject
    CalendarHolder calendars;
    @Inject
    EvaluationDeadlineRecount recount;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The close of {@code day} in the hall: how deadlines are stored and shown. */
    String closeOf(int year, int month, int day) {
        ZoneId zone = calendars.calendar().zone();
        return LocalDate.of(year, month, day).plusDays(1).atStartOfDay(zone).toInstant().toString();
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void deadlinesInAYearNotEnteredAreProvisionalAndMoveWhenTheYearIsEntered() {
        assertThat(calendars.calendar().isEntered(YEAR)).as(YEAR + " must not be entered for this test").isFalse();
        // the year before is entered (weekends only), so that only YEAR makes a deadline provisional
        calendars.replaceYear(String.valueOf(YEAR - 1), new HolidayYear(Map.of(), List.of(), "test: weekends only"));
        ComplaintsAndInvitationsTest.run(() -> recount.recount());

        TestClock.moveTo(LocalDate.of(YEAR - 1, 12, 30).atTime(10, 0).atZone(calendars.calendar().zone()).toInstant());
        String caseId = WorkOrdersAndStatisticsTest.deliveredCase("AMR", "AMR-0001", "clerk-x");
        assertThat(WorkOrdersAndStatisticsTest.rate(caseId, "BACK_OFFICE", 1)).isEqualTo(201);
        long order = Long.parseLong(Sql.text("select id from rectification_order where case_id = '" + caseId + "'"));
        // 3 working days by weekends alone: 31 Dec, Fri 1 Jan (a guess), Mon 4 Jan → the close of 4 Jan
        long complaint = given().contentType(ContentType.JSON).body("""
                        {"complainantName":"张先生","phone":"13912345678","content":"年底办件无人答复","channel":"WINDOW"}""")
                .when().post("/api/complaints").then().statusCode(201)
                .body("feedbackDueAt", equalTo(closeOf(YEAR, 1, 4))).body("feedbackDueProvisional", equalTo(true))
                .extract().jsonPath().getLong("id");
        // 5 working days by weekends alone: 31 Dec, 1, 4, 5, 6 Jan → the close of 6 Jan
        given().when().get("/api/work-orders").then().statusCode(200)
                .body("find { it.id == " + order + " }.deadline", equalTo(closeOf(YEAR, 1, 6)))
                .body("find { it.id == " + order + " }.deadlineProvisional", equalTo(true))
                .body("find { it.id == " + order + " }.caseId", equalTo(caseId));

        calendars.replaceYear(String.valueOf(YEAR), new HolidayYear(
                Map.of("元旦", List.of(LocalDate.of(YEAR, 1, 1))), List.of(), "test: the notice for " + YEAR));
        assertThat(ComplaintsAndInvitationsTest.run(() -> recount.recount())).as("open orders counted again")
                .isGreaterThanOrEqualTo(2);

        // 1 Jan is a holiday now: the order 31 Dec, 4, 5, 6, 7 Jan; the complaint 31 Dec, 4, 5 Jan — the hall's word
        given().when().get("/api/work-orders").then().statusCode(200)
                .body("find { it.id == " + order + " }.deadline", equalTo(closeOf(YEAR, 1, 7)))
                .body("find { it.id == " + order + " }.deadlineProvisional", equalTo(false));
        given().when().get("/api/complaints").then().statusCode(200)
                .body("find { it.id == " + complaint + " }.feedbackDueAt", equalTo(closeOf(YEAR, 1, 5)))
                .body("find { it.id == " + complaint + " }.feedbackDueProvisional", equalTo(false));
        assertThat(ComplaintsAndInvitationsTest.run(() -> recount.recount())).as("nothing changed since: nothing counted again")
                .isZero();
    }
}
