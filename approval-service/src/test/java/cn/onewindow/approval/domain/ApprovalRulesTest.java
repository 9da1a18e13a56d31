package cn.onewindow.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.onewindow.approval.domain.ApprovalRules.Limit;
import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.platform.security.Posts;

/**
 * Approval's statutory rules as tables, over the official 2026 calendar: acceptance within 20 office minutes while the
 * applicant waits and within 5 working days after a receipt (Qingpu 综合窗口服务流程), only the chief representative or
 * the department's system decides against the applicant, inspection / expert review / fee / supplement stop the clock
 * and a site check does not (行政许可法 art. 45), one stop at a time, and a failed 容缺's written denial within 2 working
 * days (Qingpu 容缺受理制度 8).
 */
class ApprovalRulesTest {
    static final WorkingCalendar CAL = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest(name = "{0}: {1} of {2}")
    @CsvSource({
            "BACK_OFFICE_ACCEPTANCE_WHILE_WAITING, ACCEPTANCE_MINUTES, 20, true",
            "RECEIVED_ONLY,                        ACCEPTANCE_DAYS,     5,  true",
            "ACCEPTED_ON_SPOT,                     DECISION,            7,  false",
            "ACCEPTED_WITH_DEFERRED_MATERIALS,     DECISION,            7,  false",
            "SETTLED_ON_SPOT,                      DECISION,            7,  false"})
    void aRoutedCaseStartsOnTheClockOfHowTheWindowTookItIn(String intakePath, ClockKind kind, int budget,
                                                            boolean awaitsAcceptance) {
        Limit first = ApprovalRules.firstClock(intakePath, 7);
        assertThat(first).isEqualTo(new Limit(kind, budget));
        assertThat(first.awaitsAcceptance()).isEqualTo(awaitsAcceptance);
    }

    @Test
    void everyIntakePathOfTheContractHasAClockAndOnlyTheTwoAcceptancePathsWaitForAcceptance() {
        for (IntakePath path : IntakePath.values()) {
            for (int promised : new int[] {0, 1, 5, 20}) {
                Limit first = ApprovalRules.firstClock(path.name(), promised);
                boolean acceptance = path == IntakePath.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING || path == IntakePath.RECEIVED_ONLY;
                assertThat(first.awaitsAcceptance()).as(path.name()).isEqualTo(acceptance);
                if (!acceptance) {
                    assertThat(first).as(path.name()).isEqualTo(new Limit(ClockKind.DECISION, promised));
                }
            }
        }
    }

    @Test
    void theAcceptanceLimitsAreTwentyOfficeMinutesAndFiveWorkingDays() {
        Instant received = Instant.parse("2026-11-23T02:00:00Z"); // Mon 23 Nov 2026, 10:00
        Limit waiting = ApprovalRules.firstClock("BACK_OFFICE_ACCEPTANCE_WHILE_WAITING", 5);
        assertThat(new ApprovalClock(waiting.kind(), received, waiting.budget(), List.of()).deadline(CAL))
                .contains(Instant.parse("2026-11-23T02:20:00Z")); // 10:20, while the applicant waits
        Limit receipt = ApprovalRules.firstClock("RECEIVED_ONLY", 5);
        // Tue 24 (1), Wed 25 (2), Thu 26 (3), Fri 27 (4), Mon 30 Nov (5): by the end of Mon 30 Nov
        assertThat(new ApprovalClock(receipt.kind(), received, receipt.budget(), List.of()).deadline(CAL))
                .contains(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void onlyTheChiefRepresentativeOrTheDepartmentsSystemDecidesAgainstTheApplicant() {
        Set<String> may = Set.of(Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM);
        for (String post : Posts.ALL) {
            assertThat(ApprovalRules.mayDecideNegatively(post)).as(post).isEqualTo(may.contains(post));
        }
        assertThat(ApprovalRules.mayDecideNegatively(null)).as("no post").isFalse();
    }

    @ParameterizedTest(name = "{0} stops the clock: {1}")
    @CsvSource({
            "SITE_CHECK,    false",
            "INSPECTION,    true",
            "EXPERT_REVIEW, true",
            "FEE,           true",
            "SUPPLEMENT,    true"})
    void theStepsTheLawDoesNotCountStopTheClockASiteCheckDoesNot(String kind, boolean stops) {
        assertThat(ApprovalRules.stopsTheClock(kind)).isEqualTo(stops);
    }

    @ParameterizedTest(name = "{0} while [{1}] is open: {2}")
    @CsvSource(delimiter = '|', value = {
            "INSPECTION    |                       | true",
            "INSPECTION    | SITE_CHECK            | true",
            "INSPECTION    | SITE_CHECK,SITE_CHECK | true",
            "INSPECTION    | EXPERT_REVIEW         | false",
            "FEE           | SUPPLEMENT            | false",
            "EXPERT_REVIEW | SITE_CHECK,FEE        | false",
            "SITE_CHECK    | FEE                   | true",
            "SITE_CHECK    | SUPPLEMENT,SITE_CHECK | true"})
    void oneStopAtATimeASiteCheckAnyTime(String kind, String open, boolean may) {
        List<String> openKinds = open == null ? List.of() : List.of(open.split(","));
        assertThat(ApprovalRules.mayStart(kind, openKinds)).isEqualTo(may);
    }

    @ParameterizedTest(name = "owed until {0}: denial due {2}")
    @CsvSource({
            // owed by the end of Tue 24 Nov: Wed 25 (1), Thu 26 Nov (2) — WrittenDecisionFactsTest's case
            "2026-11-24T16:00:00Z, 2026-11-24, 2026-11-26T16:00:00Z",
            // owed by the end of Fri 27 Nov: the weekend does not count — Mon 30 Nov (1), Tue 1 Dec (2)
            "2026-11-27T16:00:00Z, 2026-11-27, 2026-12-01T16:00:00Z",
            // owed by the end of Wed 30 Sep: National Day 1–7 Oct does not count — Thu 8 (1), Fri 9 Oct (2)
            "2026-09-30T16:00:00Z, 2026-09-30, 2026-10-09T16:00:00Z"})
    void aFailed容缺sWrittenDenialIsDueTwoWorkingDaysAfterTheOwedMaterialsLastDay(String owedUntil, String lastDay,
                                                                               String due) {
        Instant owed = Instant.parse(owedUntil);
        assertThat(ApprovalRules.lastDayOwed(CAL, owed)).isEqualTo(LocalDate.parse(lastDay));
        assertThat(ApprovalRules.writtenDenialDue(CAL, owed)).isEqualTo(Instant.parse(due));
    }

    @Test
    void theWrittenDenialIsAlwaysExactlyTwoWorkingDaysOnAndEndsADay() {
        // every day of 2026 as the owed materials' last day
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            Instant owedUntil = day.plusDays(1).atStartOfDay(CAL.zone()).toInstant();
            Instant due = ApprovalRules.writtenDenialDue(CAL, owedUntil);
            LocalDate dueDay = due.minusNanos(1).atZone(CAL.zone()).toLocalDate();
            assertThat(ApprovalRules.lastDayOwed(CAL, owedUntil)).isEqualTo(day);
            assertThat(CAL.workingDaysBetween(day, dueDay)).as(day.toString()).isEqualTo(ApprovalRules.WRITTEN_DENIAL_WORKING_DAYS);
            assertThat(CAL.isWorkingDay(dueDay)).as(day + ": due on a working day").isTrue();
            assertThat(due.atZone(CAL.zone()).toLocalTime()).as("the end of a day").isEqualTo(java.time.LocalTime.MIDNIGHT);
        }
    }
}
