package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#COMMITMENT_FOUND_FALSE} on {@link Topics#APPROVAL_CASE}. 承诺不实: the department's verification
 * found the applicant's commitment in place of a proof false ({@code note}: what it found). Each service acts on it in
 * what it owns: issuance revokes the case's e-certificate, intake puts the applicant on the credit list as
 * blacklisted (失信), evaluation shows it in supervision.
 */
public record CommitmentFoundFalse(String caseId, String materialCode, String note, String departmentCode, Instant foundAt,
                                   Actor actor) implements CaseEvent {
    /** Every consumer acts on these: a record without them is malformed (dead-lettered). */
    public CommitmentFoundFalse {
        Contract.require("caseId", caseId);
        Contract.require("materialCode", materialCode);
        Contract.require("note", note);
        Contract.require("departmentCode", departmentCode);
        Contract.require("foundAt", foundAt);
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.COMMITMENT_FOUND_FALSE;
    }
}
