package cn.onewindow.intake.service;

/** How the window took a file in (Qingpu's three paths, plus the outcomes that take nothing in). */
public enum IntakePath {
    /** 当场办结 */ SETTLED_ON_SPOT,
    /** 当场受理 */ ACCEPTED_ON_SPOT,
    /** 后台20分钟内受理，申请人等候 */ BACK_OFFICE_ACCEPTANCE_WHILE_WAITING,
    /** 当场收件，后台5个工作日内决定是否受理 */ RECEIVED_ONLY,
    /** 容缺受理 */ ACCEPTED_WITH_DEFERRED_MATERIALS,
    /** 一次性告知 */ ONE_TIME_NOTICE,
    /** 不予受理，退回并书面说明理由 */ RETURNED_OUT_OF_SCOPE
}
