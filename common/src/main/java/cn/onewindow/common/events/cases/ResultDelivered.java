package cn.onewindow.common.events.cases;

import java.time.Instant;

import cn.onewindow.common.events.Actor;

/** {@code cn.onewindow.case.result-delivered.v1} on {@code onewindow.issuance.case.v1}: handed out or mailed. */
public record ResultDelivered(String caseId, String departmentCode, String deliveryMethod, String receivedBy,
                              String waybill, Instant deliveredAt, Actor actor) {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public ResultDelivered {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
        Contract.require("deliveredAt", deliveredAt);
    }
}
