package cn.onewindow.contracts.vocabulary;

/** Which limit a clock counts (the {@code clock} of deadline events and views), by the service that keeps it. */
public enum ClockKind {
    /** 后台20分钟受理: approval's acceptance while the applicant waits, in office minutes. */
    ACCEPTANCE_MINUTES,
    /** 5个工作日内受理决定: approval's acceptance of a received file, in working days. */
    ACCEPTANCE_DAYS,
    /** 承诺时限: approval's decision, in working days from acceptance. */
    DECISION,
    /** 物料流转: routing's paper transfer to the department, in office minutes. */
    TRANSFER,
    /** 结果送达出件窗口: issuance's arrival of the result at the issuance window, 1 working day. */
    ARRIVAL,
    /** 告知申请人: issuance's notice to the applicant, 1 working day. */
    NOTIFY
}
