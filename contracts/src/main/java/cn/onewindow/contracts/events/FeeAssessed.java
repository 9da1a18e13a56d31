package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#FEE_ASSESSED} on {@link Topics#APPROVAL_CASE}: the department set a fee (缴费通知) and the case's clock
 * stopped until the payment is confirmed. Carries what the applicant must be told — the amount in fen, its basis, how to
 * pay and by when (null: no date set) — so issuance can send the fee notice without reading approval's database.
 * {@code stepId} names the fee: one notice per fee, however often the event arrives.
 */
public record FeeAssessed(String caseId, String stepId, String departmentCode, long amountCents, String basis,
                          String howToPay, Instant dueAt, Instant assessedAt, Actor actor) implements CaseEvent {
    public FeeAssessed {
        Contract.require("caseId", caseId);
        Contract.require("stepId", stepId);
        Contract.require("assessedAt", assessedAt);
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.FEE_ASSESSED;
    }
}
