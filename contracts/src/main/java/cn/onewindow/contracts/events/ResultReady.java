package cn.onewindow.contracts.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.DecisionOutcome;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;

/** {@code cn.onewindow.case.result-ready.v1} on {@code onewindow.issuance.case.v1}: at the issuance window. */
public record ResultReady(String caseId, String departmentCode,
                          @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) DecisionOutcome outcome, String resultTitle,
                          DeliveryMethod deliveryMethod, Instant readyAt, Actor actor) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public ResultReady {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
    }

    @Override
    public String topic() {
        return Topics.ISSUANCE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.RESULT_READY;
    }
}
