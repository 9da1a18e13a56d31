package cn.onewindow.intake.signoff.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.Actor;
import cn.onewindow.intake.signoff.model.SignOff;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.platform.problem.ProblemException;

/** 窗口无否决权: the sign-off's limit in each hall's office minutes, who may decide, and which take-in an overrule allows. */
class SignOffRulesTest {
    static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(), Set.of(), ZoneId.of("Asia/Shanghai"));
    static final OfficeHours DX = new OfficeHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final OfficeHours JZ = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30));

    /** Wednesday 16 December 2026 at {@code hhmm} in the hall (UTC+8). */
    static Instant wednesday(String hhmm) {
        return Instant.parse("2026-12-16T" + hhmm + ":00+08:00");
    }

    @Test
    void theLimitCountsOfficeMinutesOfTheClerksHall() {
        assertThat(SignOffRules.dueAt(CALENDAR, DX, wednesday("10:00"), 15)).isEqualTo(wednesday("10:15"));
        // ten minutes before closing: five today, ten the next working morning — at each hall's own opening
        assertThat(SignOffRules.dueAt(CALENDAR, DX, wednesday("16:55"), 15)).isEqualTo(Instant.parse("2026-12-17T09:10:00+08:00"));
        assertThat(SignOffRules.dueAt(CALENDAR, JZ, wednesday("16:55"), 15)).isEqualTo(wednesday("17:10"));
        assertThat(SignOffRules.dueAt(CALENDAR, JZ, wednesday("17:25"), 15)).isEqualTo(Instant.parse("2026-12-17T08:40:00+08:00"));
        // a Friday evening request is due on Monday morning
        assertThat(SignOffRules.dueAt(CALENDAR, DX, Instant.parse("2026-12-18T16:50:00+08:00"), 15))
                .isEqualTo(Instant.parse("2026-12-21T09:05:00+08:00"));
    }

    @Test
    void minutesLeftTurnNegativeAndADecisionAfterTheLimitIsLate() {
        Instant due = wednesday("10:15");
        assertThat(SignOffRules.minutesLeft(CALENDAR, DX, wednesday("10:05"), due)).isEqualTo(10);
        assertThat(SignOffRules.minutesLeft(CALENDAR, DX, wednesday("10:45"), due)).isEqualTo(-30);
        assertThat(SignOffRules.late(due, wednesday("10:15"))).isFalse();
        assertThat(SignOffRules.late(due, wednesday("10:16"))).isTrue();
    }

    static SignOff pending() {
        var s = new SignOff();
        s.id = UUID.randomUUID();
        s.kind = SignOffRules.OUT_OF_SCOPE;
        s.status = SignOff.PENDING;
        s.hallCode = "DX";
        s.departments = "AMR,TAX";
        s.requestedById = "clerk-1";
        s.applicantKind = "PERSON";
        s.applicantId = "11010519491231002X";
        s.itemCodes = "AMR-0001,TAX-0002";
        return s;
    }

    static SignOffRules.Signer signer(String userId, String post, String hall, String department) {
        return new SignOffRules.Signer(new Actor(userId, userId, "签字人", post, department, null, null), hall, department);
    }

    static String code(ProblemException e) {
        return e == null ? null : e.status() + " " + e.code();
    }

    @Test
    void anotherPersonOfTheMidDeskOrTheChiefRepresentativeOfTheHallDecidesOnce() {
        var s = pending();
        assertThat(SignOffRules.mayDecide(s, signer("mid-1", "mid-desk", "DX", null))).isNull();
        assertThat(SignOffRules.mayDecide(s, signer("chief-tax", "chief-representative", "DX", "TAX"))).isNull();
        assertThat(code(SignOffRules.mayDecide(s, signer("mid-jz", "mid-desk", "JZ", null)))).isEqualTo("403 other-hall");
        assertThat(code(SignOffRules.mayDecide(s, signer("chief-psb", "chief-representative", "DX", "PSB"))))
                .isEqualTo("403 other-department");
        // a mid desk who took the file in themselves does not sign their own return off
        assertThat(code(SignOffRules.mayDecide(s, signer("clerk-1", "mid-desk", "DX", null)))).isEqualTo("403 own-sign-off");
        s.status = SignOff.CONFIRMED;
        assertThat(code(SignOffRules.mayDecide(s, signer("mid-1", "mid-desk", "DX", null)))).isEqualTo("409 sign-off-decided");
    }

    static SignOffRules.File file(String id, List<String> items, String hall) {
        return new SignOffRules.File("PERSON", id, items, hall);
    }

    @Test
    void anOverruleAllowsTheSameFileOnceAndNoOther() {
        var s = pending();
        String id = s.applicantId;
        assertThat(code(SignOffRules.allows(s, file(id, List.of("AMR-0001", "TAX-0002"), "DX")))).isEqualTo("409 sign-off-not-overruled");
        s.status = SignOff.OVERRULED;
        assertThat(SignOffRules.allows(s, file(id, List.of("TAX-0002", "AMR-0001"), "DX"))).isNull(); // the order does not matter
        assertThat(code(SignOffRules.allows(s, file("110101199003071233", List.of("AMR-0001", "TAX-0002"), "DX"))))
                .isEqualTo("422 sign-off-other-file");
        assertThat(code(SignOffRules.allows(s, file(id, List.of("AMR-0001"), "DX")))).isEqualTo("422 sign-off-other-file");
        assertThat(code(SignOffRules.allows(s, file(id, List.of("AMR-0001", "TAX-0002"), "JZ")))).isEqualTo("422 sign-off-other-file");
        s.usedCaseId = "DX-20261216-000001";
        assertThat(code(SignOffRules.allows(s, file(id, List.of("AMR-0001", "TAX-0002"), "DX")))).isEqualTo("409 sign-off-used");
    }

    static MaterialCheck.Problem missing(String code) {
        return new MaterialCheck.Problem("AMR-0001", code, code, MaterialCheck.Kind.MISSING, "缺少", "missing", false, true);
    }

    @Test
    void anOverruledTakeInMayLackWhatTheSignerSawOrLessNeverMore() {
        var seen = SignOffRules.keys(List.of(missing("AOA"), missing("ADDR")));
        assertThat(seen).containsExactly("AMR-0001:ADDR:MISSING", "AMR-0001:AOA:MISSING");
        assertThat(SignOffRules.coversProblems(seen, SignOffRules.keys(List.of(missing("ADDR"))))).isNull();
        assertThat(SignOffRules.coversProblems(seen, List.of())).isNull();
        var more = SignOffRules.coversProblems(seen, SignOffRules.keys(List.of(missing("ADDR"), missing("POA"))));
        assertThat(code(more)).isEqualTo("422 sign-off-other-file");
        assertThat(more.getMessage()).contains("AMR-0001:POA:MISSING");
        // the same material wrong in another way is another problem
        var wrongForm = new MaterialCheck.Problem("AMR-0001", "AOA", "AOA", MaterialCheck.Kind.WRONG_FORM, "", "", true, false);
        assertThat(SignOffRules.coversProblems(seen, SignOffRules.keys(List.of(wrongForm)))).isNotNull();
    }

    @Test
    void anOverruledParcelReturnIsThatParcelsTakeInOnly() {
        var s = pending();
        s.status = SignOff.OVERRULED;
        var items = List.of("AMR-0001", "TAX-0002");
        var parcel = java.util.UUID.fromString("5f0c6a52-3f7e-4c1e-9d2a-0a1b2c3d4e5f");
        // a window return's overrule serves a window file, not a parcel
        assertThat(SignOffRules.allows(s, file(s.applicantId, items, "DX"))).isNull();
        assertThat(code(SignOffRules.allows(s, new SignOffRules.File("PERSON", s.applicantId, items, "DX", parcel.toString()))))
                .isEqualTo("422 sign-off-other-file");
        // a parcel return's overrule serves that parcel (its id in any case), not the window nor another parcel
        s.parcelId = parcel;
        assertThat(SignOffRules.allows(s, new SignOffRules.File("PERSON", s.applicantId, items, "DX",
                parcel.toString().toUpperCase()))).isNull();
        assertThat(code(SignOffRules.allows(s, file(s.applicantId, items, "DX")))).isEqualTo("422 sign-off-other-file");
        assertThat(code(SignOffRules.allows(s, new SignOffRules.File("PERSON", s.applicantId, items, "DX",
                "00000000-0000-0000-0000-000000000001")))).isEqualTo("422 sign-off-other-file");
    }
}
