package cn.onewindow.approval.joint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.approval.joint.domain.JointRules.Gate;
import cn.onewindow.approval.joint.domain.JointRules.PartState;
import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.WorkingCalendar;

/** 联审联办 and 上报件 as plain rules over the official 2026 calendar (November 2026: no holidays, Mon 2 Nov). */
class JointRulesTest {
    static final WorkingCalendar CAL = HolidayData.shippedCalendar(ZoneId.of("Asia/Shanghai"));
    /** Mon 2 Nov 2026, 09:00 in the hall. */
    static final Instant MON_2_NOV = Instant.parse("2026-11-02T01:00:00Z");

    static Instant at(String hallTime) {
        return java.time.LocalDateTime.parse(hallTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void eachDepartmentHasItsPartInTheCase() {
        assertThat(JointRules.part("PROMISED", "AMR", null, "AMR")).isEqualTo(JointRules.DECISION);
        assertThat(JointRules.part("JOINT", "AMR", null, "AMR")).isEqualTo(JointRules.DECISION);
        assertThat(JointRules.part("JOINT", "AMR", null, "TAX")).isEqualTo(JointRules.JOINT_OPINION);
        assertThat(JointRules.part("FORWARDED", "AMR", null, "AMR")).isEqualTo(JointRules.FIRST_INSTANCE);
        assertThat(JointRules.part("FORWARDED", "AMR", "HBAMR", "AMR")).isEqualTo(JointRules.FIRST_INSTANCE);
        assertThat(JointRules.part("FORWARDED", "AMR", "HBAMR", "HBAMR")).isEqualTo(JointRules.AUTHORITY_DECISION);
    }

    @Test
    void anOpinionIsLateFromTheLeadsDecisionDeadlineOnly() {
        Instant deadline = at("2026-11-17T00:00");
        assertThat(JointRules.late(deadline.minusSeconds(1), "DECISION", deadline)).isFalse();
        assertThat(JointRules.late(deadline, "DECISION", deadline)).isTrue();
        // before the lead accepted (its acceptance clock runs), or while its clock is stopped: never late
        assertThat(JointRules.late(deadline.plusSeconds(3600), "ACCEPTANCE_DAYS", deadline)).isFalse();
        assertThat(JointRules.late(deadline.plusSeconds(3600), "DECISION", null)).isFalse();
    }

    @Test
    void theLeadDecidesWithEveryOpinionOrAfterItsDeadline() {
        Instant deadline = at("2026-11-17T00:00");
        assertThat(JointRules.leadGate(List.of(), "DECISION", deadline, deadline.minusSeconds(60))).isEqualTo(Gate.ALL_OPINIONS_IN);
        assertThat(JointRules.leadGate(List.of("PSB"), "DECISION", deadline, deadline.minusSeconds(60)))
                .isEqualTo(Gate.OPINIONS_PENDING);
        assertThat(JointRules.leadGate(List.of("PSB"), "DECISION", deadline, deadline)).isEqualTo(Gate.PAST_DEADLINE);
        assertThat(JointRules.leadGate(List.of("PSB"), "DECISION", null, deadline)).isEqualTo(Gate.OPINIONS_PENDING);
    }

    @Test
    void theFirstInstanceRunsItsWorkingDaysFromTheDecisionClockWithoutItsStops() {
        // 10 working days from Mon 2 Nov: due at the close of Mon 16 Nov; forwarded Fri 13 Nov after 9 of them
        var part = JointRules.firstInstance(CAL, MON_2_NOV, 10, List.of(), at("2026-11-13T10:00"), at("2026-11-20T10:00"));
        assertThat(part.due()).isEqualTo(at("2026-11-17T00:00"));
        assertThat(part.usedDays()).isEqualTo(9);
        assertThat(part.state()).isEqualTo(PartState.ON_TIME);
        assertThat(part.onTime()).isTrue();
        // an inspection from Wed 4 to Fri 6 Nov adds its 2 working days: due at the close of Wed 18 Nov
        var stop = new LimitClock.Suspension("INSPECTION", at("2026-11-04T10:00"), at("2026-11-06T10:00"));
        var stopped = JointRules.firstInstance(CAL, MON_2_NOV, 10, List.of(stop), at("2026-11-17T10:00"), at("2026-11-20T10:00"));
        assertThat(stopped.due()).isEqualTo(at("2026-11-19T00:00"));
        assertThat(stopped.usedDays()).isEqualTo(9);
        assertThat(stopped.state()).isEqualTo(PartState.ON_TIME);
        // not forwarded by then: overdue; forwarded after: late
        assertThat(JointRules.firstInstance(CAL, MON_2_NOV, 10, List.of(), null, at("2026-11-17T09:00")).state())
                .isEqualTo(PartState.OVERDUE);
        assertThat(JointRules.firstInstance(CAL, MON_2_NOV, 10, List.of(), null, at("2026-11-16T17:00")).state())
                .isEqualTo(PartState.RUNNING);
        var late = JointRules.firstInstance(CAL, MON_2_NOV, 10, List.of(), at("2026-11-17T09:00"), at("2026-11-20T10:00"));
        assertThat(late.state()).isEqualTo(PartState.LATE);
        assertThat(late.onTime()).isFalse();
        // not accepted yet: the first instance has not started
        assertThat(JointRules.firstInstance(CAL, null, 10, List.of(), null, MON_2_NOV).state()).isEqualTo(PartState.WAITING);
    }

    @Test
    void theAuthorityHasItsOwnWorkingDaysFromTheForwarding() {
        Instant forwarded = at("2026-11-13T10:00");
        assertThat(JointRules.authority(CAL, null, 20, null, MON_2_NOV).state()).isEqualTo(PartState.WAITING);
        // 20 working days after Fri 13 Nov: the close of Fri 11 Dec
        var running = JointRules.authority(CAL, forwarded, 20, null, at("2026-12-01T10:00"));
        assertThat(running.due()).isEqualTo(at("2026-12-12T00:00")).isEqualTo(JointRules.authorityDue(CAL, forwarded, 20));
        assertThat(running.state()).isEqualTo(PartState.RUNNING);
        assertThat(running.usedDays()).isEqualTo(12);
        assertThat(running.onTime()).isNull();
        assertThat(JointRules.authority(CAL, forwarded, 20, at("2026-12-01T10:00"), at("2026-12-20T10:00")).state())
                .isEqualTo(PartState.ON_TIME);
        assertThat(JointRules.authority(CAL, forwarded, 20, null, at("2026-12-14T09:00")).state()).isEqualTo(PartState.OVERDUE);
        assertThat(JointRules.authority(CAL, forwarded, 20, at("2026-12-14T09:00"), at("2026-12-20T10:00")).state())
                .isEqualTo(PartState.LATE);
    }
}
