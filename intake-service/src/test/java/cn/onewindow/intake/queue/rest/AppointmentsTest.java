package cn.onewindow.intake.queue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.TestClock;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Appointments by time slot: working days only, capacity kept under concurrency, check-in gives a Y ticket. */
@QuarkusTest
class AppointmentsTest {
    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static int book(String day, String slot, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("day", day, "slotStart", slot, "applicantName", name, "phone", "13912345678"))
                .when().post("/api/appointments").then().extract().statusCode();
    }

    @Test
    @TestSecurity(user = "guide-test", roles = "mid-desk")
    void slotsAreOfficeHoursOnWorkingDaysOnly() {
        TestClock.moveTo(Instant.parse("2026-11-30T02:00:00Z")); // Monday 10:00 in the hall
        var slots = given().when().get("/api/appointments/slots?day=2026-12-01").then().statusCode(200).extract().jsonPath();
        assertThat(slots.getList("start")).hasSize(16).startsWith("09:00:00").endsWith("16:30:00");
        // a Saturday has no slot, and booking one is refused with a reason
        assertThat(given().when().get("/api/appointments/slots?day=2026-12-05").then().statusCode(200)
                .extract().jsonPath().getList("start")).isEmpty();
        given().contentType(ContentType.JSON).body(Map.of("day", "2026-12-05", "slotStart", "09:00", "applicantName", "李华",
                        "phone", "13912345678"))
                .when().post("/api/appointments").then().statusCode(400).body("code", equalTo("no-such-slot"));
        // a slot that has begun is gone
        given().contentType(ContentType.JSON).body(Map.of("day", "2026-11-30", "slotStart", "09:30", "applicantName", "李华",
                        "phone", "13912345678"))
                .when().post("/api/appointments").then().statusCode(400).body("code", equalTo("slot-passed"));
    }

    @Test
    @TestSecurity(user = "guide-test", roles = "mid-desk")
    void tenBookingsAtOnceFillASlotOfSixExactly() throws Exception {
        TestClock.moveTo(Instant.parse("2026-11-30T02:00:00Z"));
        // a slot nobody has booked yet (the database outlives one run of this test)
        String slot = given().when().get("/api/appointments/slots?day=2026-12-02").then().statusCode(200)
                .extract().jsonPath().<String>getList("findAll { it.booked == 0 }.start").get(0).substring(0, 5);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            calls.add(() -> book("2026-12-02", slot, "申请人" + n));
        }
        var pool = Executors.newFixedThreadPool(10);
        List<Integer> codes = new ArrayList<>();
        for (var f : pool.invokeAll(calls)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).as("status codes %s", codes).filteredOn(c -> c == 201).hasSize(6);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(4);
        assertThat(Sql.count("select count(*) from appointment where day = '2026-12-02' and slot_start = '" + slot + "' and status = 'BOOKED'"))
                .isEqualTo(6);
    }

    @Test
    @TestSecurity(user = "guide-test", roles = {"mid-desk", "window-clerk"})
    void checkingInOnTimeGivesAnAppointmentTicketAndLateANormalOne() {
        TestClock.moveTo(Instant.parse("2026-12-01T02:00:00Z"));
        String slot = given().when().get("/api/appointments/slots?day=2026-12-03").then().statusCode(200)
                .extract().jsonPath().<String>getList("findAll { it.booked == 0 }.start").get(0).substring(0, 5);
        Instant slotStart = java.time.LocalDateTime.parse("2026-12-03T" + slot).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        String onTime = given().contentType(ContentType.JSON).body(Map.of("day", "2026-12-03", "slotStart", slot,
                        "applicantName", "李华", "phone", "13912345678", "itemCode", "AMR-0001"))
                .when().post("/api/appointments").then().statusCode(201)
                .body("phoneMasked", equalTo("139****5678")).extract().path("id");
        String late = given().contentType(ContentType.JSON).body(Map.of("day", "2026-12-03", "slotStart", slot,
                        "applicantName", "王芳", "phone", "13812345678"))
                .when().post("/api/appointments").then().statusCode(201).extract().path("id");

        TestClock.moveTo(slotStart.minusSeconds(40 * 60)); // 40 minutes early: check-in opens 30 minutes before
        given().when().post("/api/appointments/" + onTime + "/check-in").then().statusCode(409).body("code", equalTo("too-early"));
        TestClock.moveTo(slotStart.minusSeconds(20 * 60));
        given().when().post("/api/appointments/" + onTime + "/check-in").then().statusCode(200)
                .body("kind", equalTo("APPOINTMENT")).body("ticketNumber", org.hamcrest.Matchers.startsWith("Y"));
        given().when().post("/api/appointments/" + onTime + "/check-in").then().statusCode(409)
                .body("code", equalTo("appointment-not-open"));
        TestClock.moveTo(slotStart.plusSeconds(46 * 60)); // after the 30-minute slot and its 15-minute grace
        given().when().post("/api/appointments/" + late + "/check-in").then().statusCode(200).body("kind", equalTo("NORMAL"));
    }
}
