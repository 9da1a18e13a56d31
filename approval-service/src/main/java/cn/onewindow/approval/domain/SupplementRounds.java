package cn.onewindow.approval.domain;

/**
 * 一次性告知 across rounds: the back office asks once for everything still missing or wrong (补正告知), and the clock
 * stops until the applicant supplies it. Were a new request allowed after every supply, "once" would mean "until the
 * reviewer is satisfied", with the clock stopped each time. So, after the applicant supplied an earlier request, a
 * further one is allowed only for a problem raised by the newly supplied material, with that reason written down:
 * the applicant is told it and supervision can see every such round.
 */
public final class SupplementRounds {
    /** What a request declares: that the newly supplied material raised a new problem, and what it is. */
    public record Declared(boolean newProblemInSuppliedMaterial, String reason) {
        boolean hasReason() {
            return reason != null && !reason.isBlank();
        }
    }

    /** Why a request is refused, with the answer's status and code and both languages. */
    public enum Refusal {
        PENDING(409, "supplement-pending", "已发出补正告知，申请人补正前不能再次告知（补正须一次性告知全部内容）",
                "A supplement request is already pending: everything must be asked for at once"),
        ALREADY_ASKED(409, "supplement-already-requested",
                "已一次性告知需补正的全部内容且申请人已补正，不得再次要求补正；仅当新补交的材料出现新的问题时方可再次告知，"
                        + "并须写明理由（newProblemInSuppliedMaterial 与 reason）",
                "Everything to supply was asked for once and has been supplied: no further request, unless the newly "
                        + "supplied material raised a new problem (newProblemInSuppliedMaterial: true, with the reason)"),
        REASON_MISSING(422, "repeat-reason-required", "再次补正告知须写明新补交的材料出现了什么新问题（reason）",
                "A further supplement request must say what new problem the newly supplied material raised (reason)");

        public final int status;
        public final String code;
        public final String zh;
        public final String en;

        Refusal(int status, String code, String zh, String en) {
            this.status = status;
            this.code = code;
            this.zh = zh;
            this.en = en;
        }
    }

    /** The request's round (1 for the first) when allowed, or why it is refused. */
    public record Verdict(int round, Refusal refusal) {
        public boolean allowed() {
            return refusal == null;
        }

        /** A later round: made for a problem in newly supplied material, its reason kept. */
        public boolean repeat() {
            return round > 1;
        }
    }

    private SupplementRounds() {
    }

    /**
     * @param supplied   earlier requests on the case the applicant has supplied
     * @param onePending whether an earlier request still waits for the applicant
     */
    public static Verdict check(int supplied, boolean onePending, Declared declared) {
        if (onePending) {
            return new Verdict(supplied + 2, Refusal.PENDING);
        }
        if (supplied == 0) {
            return new Verdict(1, null);
        }
        if (!declared.newProblemInSuppliedMaterial()) {
            return new Verdict(supplied + 1, Refusal.ALREADY_ASKED);
        }
        return declared.hasReason() ? new Verdict(supplied + 1, null) : new Verdict(supplied + 1, Refusal.REASON_MISSING);
    }
}
