package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.HolidayData;
import cn.onewindow.contracts.calendar.HolidayYear;
import cn.onewindow.intake.takein.service.DeferralDeadlineRecount;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * #22 item 1 for the window: a 容缺 owed-by date counted into a year whose holiday notice is not entered is shown
 * as provisional (in the answer and on the 容缺候补通知书), and counted again — moved by the notice's holidays — once
 * the hall admin enters the year.
 */
@QuarkusTest
class ProvisionalDeferralDueTest {
    /**
     * A year no other test enters, beyond CalendarResourceTest's random 2040–2094 (kept on the calendar topic from run
     * to run): 31 Dec 2097 is a Tuesday, 1 Jan 2098 a Wednesday. The catalogue's items stay in force (the version with
     * the latest effective date not after the take-in) and the demo delegations renew themselves, so AMR-0001 is taken
     * in then as today.
     */
    static final int YEAR = 2098;

    @Inject
    CalendarHolder calendars;
    @Inject
    DeferralDeadlineRecount recount;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The close of {@code day} in the hall: how owed-by dates are stored and shown. */
    String closeOf(int year, int month, int day) {
        return LocalDate.of(year, month, day).plusDays(1).atStartOfDay(calendars.calendar().zone()).toInstant().toString();
    }

    @Test
    @TestSecurity(user = "clerk-provisional", roles = "window-clerk")
    void anOwedByDateInAYearNotEnteredIsProvisionalAndMovesWhenTheYearIsEntered() throws Throwable {
        assertThat(calendars.calendar().isEntered(YEAR)).as(YEAR + " must not be entered for this test").isFalse();
        // the year before is entered (weekends only), so that only YEAR makes the date provisional
        calendars.replaceYear(String.valueOf(YEAR - 1), new HolidayYear(Map.of(), List.of(), "test: weekends only"));
        VertxContextSupport.subscribeAndAwait(() -> recount.recount());

        TestClock.moveTo(LocalDate.of(YEAR - 1, 12, 31).atTime(10, 0).atZone(calendars.calendar().zone()).toInstant());
        // 1 working day by weekends alone: Wed 1 Jan (a guess) → the close of 1 Jan
        String caseId = given().contentType(ContentType.JSON)
                .body(DeferralAndNoticesTest.intake("AMR-0001", DeferralAndNoticesTest.COMPANY, DeferralAndNoticesTest.AMR1_ADDR_MISSING,
                        Map.of("deferral", Map.of("commitmentSigned", true, "dueWorkingDays", 1))))
                .when().post("/api/cases").then().statusCode(201)
                .body("outcome", equalTo("ACCEPTED_WITH_DEFERRED_MATERIALS"))
                .body("owed[0].code", equalTo("ADDR"))
                .body("owed[0].dueAt", equalTo(closeOf(YEAR, 1, 1)))
                .body("owed[0].dueProvisional", equalTo(true))
                .extract().path("intakeCase.caseId");
        // the PDF wraps long lines: its text is compared without the breaks
        assertThat(DocumentsTest.text("/api/cases/" + caseId + "/document").replace("\n", ""))
                .contains("补交期限：" + YEAR + "年1月1日（暂定：" + YEAR + "年节假日安排尚未公布");

        calendars.replaceYear(String.valueOf(YEAR), new HolidayYear(
                Map.of("元旦", List.of(LocalDate.of(YEAR, 1, 1))), List.of(), "test: the notice for " + YEAR));
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> recount.recount())).as("owed dates counted again")
                .isGreaterThanOrEqualTo(1);

        // 1 Jan is a holiday now: Thu 2 Jan → the close of 2 Jan, the hall's word
        assertThat(DocumentsTest.text("/api/cases/" + caseId + "/document").replace("\n", ""))
                .contains("补交期限：" + YEAR + "年1月2日").doesNotContain("暂定");
        given().contentType(ContentType.JSON).body(Map.of("materials", List.of("ADDR")))
                .when().post("/api/cases/" + caseId + "/supplements").then().statusCode(200)
                .body("[0].code", equalTo("ADDR")).body("[0].supplied", equalTo(true))
                .body("[0].dueAt", equalTo(closeOf(YEAR, 1, 2)))
                .body("[0].dueProvisional", equalTo(false));
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> recount.recount()))
                .as("nothing changed since: nothing counted again").isZero();
    }
}
