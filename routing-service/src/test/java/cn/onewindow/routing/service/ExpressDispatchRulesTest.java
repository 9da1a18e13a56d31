package cn.onewindow.routing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.routing.model.RoutingAssignment;

/** Who may dispatch a paper file, and how (区域通办): a pure rule, checked before anything is written. */
class ExpressDispatchRulesTest {
    static final Actor CLERK = new Actor("u-clerk-jz", "clerk.jz", "九州窗口", "window-clerk", null, null, null);
    static final Actor RUNNER = new Actor("u-runner", "runner1", "跑件员", "material-runner", null, null, null);

    static RoutingAssignment transfer(String taking, String owning) {
        var a = new RoutingAssignment();
        a.caseId = taking + "-20261123-000001";
        a.hallCode = taking;
        a.owningHallCode = owning;
        return a;
    }

    static TransferService.Dispatch dispatch(String carrier, String waybill, String hall) {
        return new TransferService.Dispatch(List.of("APP"), carrier, waybill, hall);
    }

    static String code(ProblemException p) {
        return p == null ? null : p.status() + " " + p.code();
    }

    @Test
    void aFileForAnotherHallGoesByExpressFromTheTakingHallOnly() {
        var cross = transfer("JZ", "DX");
        assertThat(cross.crossHall()).isTrue();
        assertThat(TransferService.refusal(cross, dispatch("EMS", "EMS1234567", "JZ"), CLERK)).isNull();
        assertThat(TransferService.refusal(cross, dispatch("EMS", "EMS1234567", "JZ"), RUNNER)).isNull();
        assertThat(code(TransferService.refusal(cross, dispatch("EMS", "EMS1234567", "DX"), RUNNER))).isEqualTo("403 other-hall");
        assertThat(code(TransferService.refusal(cross, dispatch("EMS", "EMS1234567", null), CLERK))).isEqualTo("403 no-hall");
        assertThat(code(TransferService.refusal(cross, dispatch(null, null, "JZ"), CLERK))).isEqualTo("422 express-waybill-required");
        assertThat(code(TransferService.refusal(cross, dispatch("EMS", null, "JZ"), CLERK))).isEqualTo("422 express-waybill-required");
    }

    @Test
    void aFileThatStaysInItsHallIsTheRunnersWithoutAWaybill() {
        var inHall = transfer("DX", "DX");
        var beforeHalls = transfer(null, null);
        assertThat(inHall.crossHall()).isFalse();
        assertThat(beforeHalls.crossHall()).isFalse();
        assertThat(TransferService.refusal(inHall, dispatch(null, null, "DX"), RUNNER)).isNull();
        assertThat(TransferService.refusal(beforeHalls, dispatch(null, null, null), RUNNER)).isNull();
        assertThat(code(TransferService.refusal(inHall, dispatch("EMS", "EMS1234567", "DX"), RUNNER))).isEqualTo("422 not-express");
        assertThat(code(TransferService.refusal(inHall, dispatch(null, null, "DX"), CLERK))).isEqualTo("403 runner-carries");
        assertThat(code(TransferService.refusal(inHall, dispatch(null, null, "JZ"), RUNNER))).isEqualTo("403 other-hall");
    }
}
