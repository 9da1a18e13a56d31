package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;

/** {@code cn.onewindow.case.result-delivered.v1} on {@code onewindow.issuance.case.v1}: handed out or mailed. */
public record ResultDelivered(String caseId, String departmentCode, DeliveryMethod deliveryMethod, String receivedBy,
                              String waybill, Instant deliveredAt, Actor actor) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public ResultDelivered {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
        Contract.require("deliveredAt", deliveredAt);
    }

    @Override
    public String topic() {
        return Topics.ISSUANCE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.RESULT_DELIVERED;
    }
}
