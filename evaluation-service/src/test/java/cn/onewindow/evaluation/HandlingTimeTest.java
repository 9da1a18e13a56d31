package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * #22 item 12: on-time rate per item, window and clerk, and actual against promised working days per item and
 * department, from the events as they would come (intake's accepted, the queue's calls, issuance's result-ready),
 * against figures worked out by hand. Department, items, clerks and windows are this run's own, so the shared
 * database's other cases do not count. November 2026 has no holiday: working days are Monday to Friday.
 * <pre>
 * case  item(promised)  clerk  accepted          window  ready        actual  on time
 * 1     I1 (5)          c1     Mon 2 Nov 10:00   W1      Wed 4 Nov    2       yes
 * 2     I1 (5)          c2     Mon 2 Nov 10:00   W2      Tue 10 Nov   6       no
 * 3     I2 (2)          c2     Mon 2 Nov 15:00   W1      Fri 6 Nov    4       no   (c2 moved to W1 at 14:00)
 * 4     I2 (2)          c1     Fri 6 Nov 10:00   W1      Mon 9 Nov    1       yes  (Monday's call does not count on Friday)
 * 5     I1 (5)          c1     Mon 2 Nov 10:00   W1      Thu 5 Nov    —       terminated for missing materials: left out
 * 6     I1 (5)          c1     Mon 2 Nov 10:00   W1      Wed 11 Nov   —       ready after the period: left out
 * 7     I2 (2)          c3     Mon 2 Nov 10:00   —       Tue 3 Nov    1       yes  (c3 called no ticket: window unknown)
 * </pre>
 */
@QuarkusTest
class HandlingTimeTest {
    final String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    final String department = "H" + run;
    final String w1 = "P" + run;
    final String w2 = "Q" + run;

    void called(String clerk, String window, String at) {
        String ticket = "A" + UUID.randomUUID().toString().substring(0, 6);
        Events.send(Topics.QUEUE, at.substring(0, 10) + ":" + ticket, EventTypes.TICKET_CALLED, """
                {"ticketNumber":"%s","day":"%s","kind":"NORMAL","status":"CALLED","windowNo":"%s","at":"%s","calledBy":"%s"}"""
                .formatted(ticket, at.substring(0, 10), window, at, clerk));
    }

    String handled(String item, int promisedDays, String clerk, String clerkName, String acceptedAt, String outcome, String readyAt) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN, """
                {"caseId":"%s","itemCode":"%s","itemName":"测试事项","catalogueVersion":1,"departmentCode":"%s",
                 "departmentName":"测试","itemType":"PROMISED","statutoryDays":20,"promisedDays":%d,"applicantKind":"PERSON",
                 "applicantName":"测试","deliveryMethod":"PICKUP","intakePath":"ACCEPTED_ON_SPOT","acceptedAt":"%s",
                 "actor":{"userId":"%s","username":"%s","name":"%s","post":"window-clerk"}}"""
                .formatted(caseId, item, department, promisedDays, acceptedAt, UUID.randomUUID(), clerk, clerkName));
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_READY, """
                {"caseId":"%s","departmentCode":"%s","outcome":"%s","resultTitle":"测试","deliveryMethod":"PICKUP","readyAt":"%s"}"""
                .formatted(caseId, department, outcome, readyAt));
        return caseId;
    }

    static List<Map<String, Object>> figures(String by) {
        return given().when().get("/api/statistics/handling?by=" + by + "&from=2026-11-02&to=2026-11-10").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String group) {
        var found = rows.stream().filter(r -> group.equals(r.get("group"))).toList();
        assertThat(found).as(group).hasSize(1);
        return found.get(0);
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void onTimeRateAndActualAgainstPromisedEqualTheFiguresWorkedOutByHand() {
        String i1 = "H" + run + "-1";
        String i2 = "H" + run + "-2";
        String c1 = "c1" + run;
        String c2 = "c2" + run;
        String c3 = "c3" + run;
        String n1 = "=甲" + run; // a name a spreadsheet would run as a formula: neutralised in the CSV
        String n2 = "乙" + run;
        String n3 = "丙" + run;
        called(c1, w1, "2026-11-02T00:50:00Z");
        called(c2, w2, "2026-11-02T01:00:00Z");
        called(c2, w1, "2026-11-02T06:00:00Z");
        called(c1, w2, "2026-11-02T08:00:00Z"); // after c1's take-ins that day: no bearing on them
        called(c1, w1, "2026-11-06T00:50:00Z");
        List<String> cases = List.of(
                handled(i1, 5, c1, n1, "2026-11-02T02:00:00Z", "APPROVED", "2026-11-04T03:00:00Z"),
                handled(i1, 5, c2, n2, "2026-11-02T02:00:00Z", "APPROVED", "2026-11-10T03:00:00Z"),
                handled(i2, 2, c2, n2, "2026-11-02T07:00:00Z", "DENIED", "2026-11-06T03:00:00Z"),
                handled(i2, 2, c1, n1, "2026-11-06T02:00:00Z", "APPROVED", "2026-11-09T03:00:00Z"),
                handled(i1, 5, c1, n1, "2026-11-02T02:00:00Z", "TERMINATED", "2026-11-05T03:00:00Z"),
                handled(i1, 5, c1, n1, "2026-11-02T02:00:00Z", "APPROVED", "2026-11-11T01:00:00Z"),
                handled(i2, 2, c3, n3, "2026-11-02T02:00:00Z", "APPROVED", "2026-11-03T03:00:00Z"));
        String in = String.join("','", cases);
        assertThat(Sql.awaitCount("select count(*) from case_fact where case_id in ('" + in + "')", 7)).isEqualTo(7);
        assertThat(Sql.awaitCount("select count(*) from result_ready where case_id in ('" + in + "')", 7)).isEqualTo(7);
        assertThat(Sql.awaitCount("select count(*) from window_call where clerk in ('" + c1 + "','" + c2 + "')", 5)).isEqualTo(5);

        // I1: cases 1, 2 → 1 of 2 on time; promised 5 + 5, actual 2 + 6 = 8 → 80 %, not within half
        assertThat(row(figures("item"), i1 + " 测试事项")).containsEntry("finished", 2).containsEntry("onTime", 1)
                .containsEntry("onTimeRate", 50.0f).containsEntry("averagePromisedDays", 5.0f).containsEntry("averageActualDays", 4.0f)
                .containsEntry("actualToPromisedPercent", 80.0f).containsEntry("withinHalf", false);
        // I2: cases 3, 4, 7 → 2 of 3; promised 6, actual 4 + 1 + 1 = 6 → 100 %
        assertThat(row(figures("item"), i2 + " 测试事项")).containsEntry("finished", 3).containsEntry("onTime", 2)
                .containsEntry("onTimeRate", 66.67f).containsEntry("averagePromisedDays", 2.0f).containsEntry("averageActualDays", 2.0f)
                .containsEntry("actualToPromisedPercent", 100.0f).containsEntry("withinHalf", false);
        // the department: 5 cases, 3 on time; promised 16, actual 14 → 87.5 %
        assertThat(row(figures("department"), department)).containsEntry("finished", 5).containsEntry("onTime", 3)
                .containsEntry("onTimeRate", 60.0f).containsEntry("averagePromisedDays", 3.2f).containsEntry("averageActualDays", 2.8f)
                .containsEntry("actualToPromisedPercent", 87.5f).containsEntry("withinHalf", false);
        // clerk c1: cases 1, 4 → 2 of 2; promised 7, actual 3 → 42.86 %: within half. c2: cases 2, 3 → 0 of 2, 10 of 7 days
        var clerks = figures("clerk");
        assertThat(row(clerks, n1)).containsEntry("finished", 2).containsEntry("onTime", 2).containsEntry("onTimeRate", 100.0f)
                .containsEntry("averageActualDays", 1.5f).containsEntry("actualToPromisedPercent", 42.86f).containsEntry("withinHalf", true);
        assertThat(row(clerks, n2)).containsEntry("finished", 2).containsEntry("onTime", 0).containsEntry("onTimeRate", 0.0f)
                .containsEntry("actualToPromisedPercent", 142.86f);
        assertThat(row(clerks, n3)).containsEntry("finished", 1).containsEntry("onTime", 1);
        // window W1: cases 1, 3, 4 → 2 of 3; W2: case 2 → 0 of 1; case 7's clerk called no ticket: unknown window
        var windows = figures("window");
        assertThat(row(windows, w1)).containsEntry("finished", 3).containsEntry("onTime", 2).containsEntry("onTimeRate", 66.67f);
        assertThat(row(windows, w2)).containsEntry("finished", 1).containsEntry("onTime", 0).containsEntry("onTimeRate", 0.0f);

        String csv = given().when().get("/api/statistics/handling/export?by=clerk&from=2026-11-02&to=2026-11-10").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("\uFEFFclerk,finished,on_time,")
                .contains("\"'" + n1 + "\",2,2,100.0,3.5,1.5,42.86,true")
                .contains(n2 + ",2,0,0.0,3.5,5.0,142.86,false");
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void aDimensionOrPeriodThatMakesNoSenseIsAProblem() {
        given().when().get("/api/statistics/handling?by=colour&from=2026-11-02&to=2026-11-10").then().statusCode(400);
        given().when().get("/api/statistics/handling?by=item&from=2026-11-10&to=2026-11-02").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("bad-period"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "window-clerk")
    void onlyTheSupervisorAndTheHallAdminReadTheFigures() {
        given().when().get("/api/statistics/handling?by=clerk&from=2026-11-02&to=2026-11-10").then().statusCode(403);
        given().when().get("/api/statistics/handling/export?by=clerk&from=2026-11-02&to=2026-11-10").then().statusCode(403);
    }
}
