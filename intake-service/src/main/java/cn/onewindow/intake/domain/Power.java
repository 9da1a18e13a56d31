package cn.onewindow.intake.domain;

/** The powers a department can delegate to the hall's windows (委托授权书), item by item. */
public enum Power {
    /** 收件权: check completeness and form, register, give a receipt. */
    RECEIVE,
    /** 受理权: the formal acceptance decision and the acceptance notice. */
    ACCEPT,
    /** 一次性告知权: tell the applicant everything missing or wrong in one notice. */
    NOTIFY_ONCE,
    /** 原件核验权: compare copies with originals; the department accepts the window's check. */
    VERIFY_ORIGINALS,
    /** 审批结果送达权: hand out or mail the result. */
    DELIVER,
    /** 账号使用权: use the department's system account. */
    SYSTEM_ACCOUNT,
    /** 当场审批权: examine, produce and hand out the result of a simple immediate item at the window. */
    APPROVE_ON_SPOT
}
