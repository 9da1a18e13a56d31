package cn.onewindow.common.events.cases;

import java.time.Instant;

import cn.onewindow.common.events.Actor;

/** {@code cn.onewindow.case.result-ready.v1} on {@code onewindow.issuance.case.v1}: at the issuance window. */
public record ResultReady(String caseId, String departmentCode, String outcome, String resultTitle,
                          String deliveryMethod, Instant readyAt, Actor actor) {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public ResultReady {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
    }
}
