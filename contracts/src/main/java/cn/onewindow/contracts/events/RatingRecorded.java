package cn.onewindow.contracts.events;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

import java.time.Instant;

/**
 * {@code cn.onewindow.case.rating-recorded.v1} on {@code onewindow.evaluation.case.v1}: the applicant
 * rated one stage (FRONT_DESK or BACK_OFFICE) on the five 好差评 levels, 5 = 非常满意 … 1 = 非常不满意.
 */
public record RatingRecorded(String caseId, String departmentCode, String stage, int level, String channel,
                             String reason, Instant ratedAt) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public RatingRecorded {
        Contract.require("caseId", caseId);
        Contract.require("stage", stage);
    }

    @Override
    public String topic() {
        return Topics.EVALUATION_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.RATING_RECORDED;
    }
}
