package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#JOINT_OPINION_RECORDED} on {@link Topics#APPROVAL_CASE}. 联审联办: a co-department of a JOINT item
 * gave its opinion ({@code AGREE} or {@code DISAGREE}, with reasons) on the lead department's case, inside the lead's
 * limit; {@code late} when after the lead's deadline. The lead decides the one result, seeing every opinion.
 */
public record JointOpinionRecorded(String caseId, String leadDepartmentCode, String departmentCode, String opinion,
                                   String reasons, Instant recordedAt, boolean late, Actor actor) implements CaseEvent {
    public JointOpinionRecorded {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
        Contract.require("opinion", opinion);
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.JOINT_OPINION_RECORDED;
    }
}
