package cn.onewindow.contracts.vocabulary;

/** 审批决定: how the department decided a case. */
public enum DecisionOutcome {
    /** 准予许可: approved, with the result to issue. */
    APPROVED,
    /** 不予许可: denied, with written reasons, the legal basis and the applicant's remedies. */
    DENIED,
    /** 不予受理: the back office did not accept a file the window had only received. */
    NOT_ACCEPTED,
    /** 终止办理: a 容缺 case whose owed materials did not arrive in time; a written denial follows within 2 working days. */
    TERMINATED;

    /** Whether the applicant receives a written negative decision (决定书) rather than a result. */
    public boolean negative() {
        return this != APPROVED;
    }
}
