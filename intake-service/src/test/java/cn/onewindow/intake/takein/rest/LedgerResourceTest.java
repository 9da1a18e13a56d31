package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * "My cases" of a first handler, the day's ledger and its figures. The injected clock puts each
 * test's cases on a Sunday of its own in December 2026, which no other test uses.
 */
@QuarkusTest
class LedgerResourceTest {
    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "ledger-clerk", roles = "window-clerk")
    void myCasesAreTheOnesITookInThatDayNewestFirst() {
        TestClock.moveTo(Instant.parse("2026-12-06T02:00:00Z")); // Sun 6 Dec, 10:00 in the hall
        String first = takeIn();
        TestClock.moveTo(Instant.parse("2026-12-06T03:00:00Z"));
        String second = takeIn();
        TestClock.moveTo(Instant.parse("2026-12-06T16:30:00Z")); // 00:30 on Monday in the hall
        String nextDay = takeIn();

        assertThat(mine("2026-12-06")).containsExactly(second, first);
        assertThat(mine("2026-12-07")).containsExactly(nextDay);
        given().when().get("/api/cases/ledger").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ledger-supervisor", roles = {"window-clerk", "supervisor"})
    void theLedgerListsEveryCaseOfTheDayAndItsCsvAndFiguresAgree() {
        TestClock.moveTo(Instant.parse("2026-12-13T01:00:00Z")); // Sun 13 Dec, 09:00
        String a = takeIn();
        String b = takeIn();
        String c = takeIn();
        Sql.execute("update intake_case set first_handler_id = 'another-clerk' where case_id = '" + c + "'");

        assertThat(mine("2026-12-13")).containsExactlyInAnyOrder(a, b);
        List<String> ledger = given().when().get("/api/cases/ledger?day=2026-12-13").then().statusCode(200)
                .extract().path("caseId");
        assertThat(ledger).containsExactlyInAnyOrder(a, b, c);

        var export = given().when().get("/api/cases/ledger/export?day=2026-12-13").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"ledger-2026-12-13.csv\"").extract();
        byte[] bytes = export.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // the BOM: Excel reads the Chinese as UTF-8
        String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv).contains("办件编号 case").contains(a, b, c)
                .contains("1101**********002X").doesNotContain("11010519491231002X");

        given().when().get("/api/statistics/day?day=2026-12-13").then().statusCode(200)
                .body("casesTakenIn", equalTo(3))
                .body("byDepartment.AMR", equalTo(3))
                .body("byPath.SETTLED_ON_SPOT", equalTo(3));
    }

    private static String takeIn() {
        return given().contentType(ContentType.JSON).body(CaseResourceTest.BODY)
                .when().post("/api/cases").then().statusCode(201).extract().path("intakeCase.caseId");
    }

    private static List<String> mine(String day) {
        return given().when().get("/api/cases/mine?day=" + day).then().statusCode(200).extract().path("caseId");
    }
}
