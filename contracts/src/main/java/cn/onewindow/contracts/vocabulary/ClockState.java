package cn.onewindow.contracts.vocabulary;

/**
 * Where a limit's clock stands (计时状态): one vocabulary for every clock of the suite — the approval clocks, the
 * transfer, the issuance limits and the pure {@code LimitClock} — as the staff see it.
 */
public enum ClockState {
    /** 正常计时: running, more than the warning share of the limit left. */
    NORMAL,
    /** 预警: running, the deadline near. */
    WARNING,
    /** 超期: the deadline passed. */
    OVERDUE,
    /** 暂停计时: stopped where the law stops it (补正, inspection, expert review, fee); no deadline while stopped. */
    STOPPED
}
