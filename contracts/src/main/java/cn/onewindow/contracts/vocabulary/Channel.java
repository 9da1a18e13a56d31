package cn.onewindow.contracts.vocabulary;

/** 办理渠道: how an application reached the hall (the catalogue's item {@code channels} name the ones it allows). */
public enum Channel {
    /** 窗口受理: the applicant (or an agent) at the window. */
    WINDOW,
    /** 网上预审: prepared online, checked by the pre-review post, settled at the window. */
    ONLINE_PRE_REVIEW,
    /** 快递寄送材料: the materials arrived by post; the applicant is not in the hall. */
    POST
}
