package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#COMMITMENT_CHECK_RECORDED} on {@link Topics#APPROVAL_CASE}. 告知承诺核查: after an approval the
 * department verified one material the applicant had replaced by a signed commitment (证明事项告知承诺制), with the
 * outcome {@code TRUE} (the commitment holds) or {@code FALSE} (承诺不实: {@link CommitmentFoundFalse} follows, with
 * its consequences). {@code dueAt}: the verification's limit; {@code overdue}: recorded after it.
 */
public record CommitmentCheckRecorded(String caseId, String materialCode, String outcome, String note, String departmentCode,
                                      Instant dueAt, boolean overdue, Instant checkedAt, Actor actor) implements CaseEvent {
    /** What the consumers rely on: the case, the material and the outcome. */
    public CommitmentCheckRecorded {
        Contract.require("caseId", caseId);
        Contract.require("materialCode", materialCode);
        Contract.require("outcome", outcome);
        Contract.require("departmentCode", departmentCode);
        Contract.require("checkedAt", checkedAt);
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.COMMITMENT_CHECK_RECORDED;
    }
}
