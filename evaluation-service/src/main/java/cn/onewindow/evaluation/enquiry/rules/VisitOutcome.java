package cn.onewindow.evaluation.enquiry.rules;

import cn.onewindow.platform.problem.ProblemException;

/**
 * What a 回访 (return visit) may record, for an enquiry and for a delivered case alike: a visit that reached the person
 * carries their rating (满意度 1–5), one that did not reach them carries none (nobody rated) and may be tried again; once
 * a visit reached them the visit is done.
 */
public final class VisitOutcome {
    private VisitOutcome() {
    }

    /** Refuses a visit that cannot be recorded; nothing is written when it throws. */
    public static void check(boolean reached, Integer satisfaction, boolean reachedBefore) {
        if (reachedBefore) {
            throw ProblemException.conflict("already-visited", "已回访并取得评价，不能再次登记",
                    "The visit reached the person and was rated already");
        }
        if (reached && satisfaction == null) {
            throw new ProblemException(422, "satisfaction-required", "已联系上的回访须登记对方的满意度（1–5）",
                    "A visit that reached the person records their satisfaction (1–5)");
        }
        if (!reached && satisfaction != null) {
            throw new ProblemException(422, "satisfaction-without-contact", "未联系上的回访不能登记满意度",
                    "A visit that did not reach the person records no satisfaction");
        }
    }
}
