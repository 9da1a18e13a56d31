package cn.onewindow.contracts.vocabulary;

/** 送达方式: how the result reaches the applicant, chosen at the window. */
public enum DeliveryMethod {
    /** 窗口领取: picked up at the issuance window, with a signature. */
    PICKUP,
    /** 邮寄送达: sent by express mail, tracked by waybill. */
    EXPRESS_MAIL
}
