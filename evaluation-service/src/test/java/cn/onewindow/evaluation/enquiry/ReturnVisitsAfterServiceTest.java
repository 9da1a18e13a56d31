package cn.onewindow.evaluation.enquiry;

import static cn.onewindow.evaluation.enquiry.EnquiryWorkOrdersTest.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.onewindow.evaluation.enquiry.service.ReturnVisitService;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * 回访 after service: a month's draw takes the configured share (10 %, rounded up) of the cases delivered in it, once;
 * the desk records visits; the supervisor reads the coverage (visited of due). Each run uses a month of its own far
 * ahead, so that no other test's deliveries fall in it.
 */
@QuarkusTest
class ReturnVisitsAfterServiceTest {
    @Inject
    ReturnVisitService visits;

    static YearMonth month;

    /** 12 cases delivered in a month of this run's own (and one just after it, which is not drawn). */
    static YearMonth deliveredMonth() {
        if (month != null) {
            return month;
        }
        month = YearMonth.of(2100 + ThreadLocalRandom.current().nextInt(800), 1 + ThreadLocalRandom.current().nextInt(12));
        for (int i = 0; i < 12; i++) {
            delivered(month.atDay(1 + i) + "T01:00:00Z");
        }
        delivered(month.plusMonths(1).atDay(1) + "T00:00:00+08:00");
        return month;
    }

    static void delivered(String at) {
        Sql.execute("insert into evaluation_case (case_id, department_code, delivered_at) values ('RV-" + System.nanoTime()
                + "', 'AMR', '" + at + "')");
    }

    /** The month's draw, as the monitor makes it once the month has ended. */
    int draw(YearMonth m) {
        int made = TestClock.tickAt(m.plusMonths(1).atDay(2) + "T02:00:00Z", () -> visits.draw(m));
        TestClock.reset();
        return made;
    }

    @Test
    @TestSecurity(user = "enquiry1", roles = "enquiry-desk")
    void aMonthsDrawTakesTheShareOnceAndTheDeskVisits() {
        YearMonth m = deliveredMonth();
        assertThat(draw(m)).as("10 % of 12, rounded up").isEqualTo(2);
        assertThat(draw(m)).as("drawn once").isZero();
        var tasks = given().when().get("/api/return-visits?month=" + m).then().statusCode(200).body("$", hasSize(2))
                .extract().jsonPath();
        long first = tasks.getLong("[0].id");
        post("/api/return-visits/" + first, Map.of("reached", true, "channel", "PHONE")).statusCode(422)
                .body("code", equalTo("satisfaction-required"));
        post("/api/return-visits/" + first, Map.of("reached", true, "channel", "FAX", "satisfaction", 5)).statusCode(400);
        post("/api/return-visits/" + first, Map.of("reached", true, "channel", "PHONE", "satisfaction", 5, "note", "满意"))
                .statusCode(200).body("reached", equalTo(true)).body("attempts", equalTo(1));
        post("/api/return-visits/" + first, Map.of("reached", true, "channel", "SMS", "satisfaction", 2)).statusCode(409)
                .body("code", equalTo("already-visited"));
        post("/api/return-visits/" + tasks.getLong("[1].id"), Map.of("reached", false, "channel", "SMS")).statusCode(200);
        given().when().get("/api/return-visits?month=2026-13").then().statusCode(400).body("code", equalTo("invalid-month"));
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void theSupervisorReadsTheCoverage() {
        YearMonth m = deliveredMonth();
        draw(m);
        long due = Sql.count("select count(*) from return_visit where month = '" + m + "'");
        long reached = Sql.count("select count(*) from return_visit where month = '" + m + "' and reached");
        given().when().get("/api/supervision/return-visits?month=" + m).then().statusCode(200)
                .body("drawn", equalTo(true)).body("delivered", equalTo(12)).body("due", equalTo((int) due))
                .body("visited", equalTo((int) reached));
        given().when().get("/api/supervision/return-visits?month=" + m.plusMonths(2)).then().statusCode(200)
                .body("drawn", equalTo(false)).body("due", equalTo(0));
        given().when().get("/api/supervision/return-visits").then().statusCode(400).body("code", equalTo("invalid-month"));
    }
}
