package cn.onewindow.contracts.vocabulary;

/** 事项类型: how an item is decided (the catalogue's national element). */
public enum ItemType {
    /** 即办件: decided at once. */
    IMMEDIATE,
    /** 承诺件: decided within the promised limit in working days. */
    PROMISED,
    /** 上报件: the department gives its first-instance opinion and forwards to a higher authority. */
    FORWARDED,
    /** 联办件: several departments decide together. */
    JOINT
}
