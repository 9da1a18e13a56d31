package cn.onewindow.contracts.vocabulary;

/**
 * Where a decided result stands at the unified issuance window (出件状态). Stored by its name in issuance's
 * {@code issuance_record.status} and shown as it is. How the mail goes ({@code mail_status}) is kept apart from it.
 *
 * <p>The legal changes, and nothing else:
 * <ul>
 * <li>a decision starts a record {@link #WAITING_FOR_BUNDLE} (a part of a bundle), {@link #AWAITING_ARRIVAL} (a case
 * taken in alone) or {@link #READY} (settled on the spot by the window itself, so the result is there already)
 * ({@link #mayStart()});</li>
 * <li>once the bundle has joined and every part's decision is here, each part becomes {@link #AWAITING_ARRIVAL};</li>
 * <li>the department's hand-over (or the clerk's registering it, or a hand-over that came before the decision)
 * makes an {@link #AWAITING_ARRIVAL} result {@link #READY};</li>
 * <li>a {@link #READY} result is picked up ({@link #DELIVERED}) or mailed ({@link #MAILED});</li>
 * <li>the carrier's tracking makes a {@link #MAILED} result {@link #DELIVERED}, or, returned, {@link #READY}
 * again;</li>
 * <li>a {@link #DELIVERED} case is {@link #ARCHIVED}, which is final.</li>
 * </ul>
 */
public enum IssuanceStatus {
    /** 待汇合: a part of a bundle (一件事), waiting until the bundle has joined and every part is decided. */
    WAITING_FOR_BUNDLE,
    /** 待送达出件窗口: released for issuance; the department has 1 working day to bring the result to the window. */
    AWAITING_ARRIVAL,
    /** 待领取: at the window, to be picked up or mailed; the applicant is told within 1 working day. */
    READY,
    /** 已邮寄: handed to the carrier, tracked by its waybill. */
    MAILED,
    /** 已送达: picked up at the window, or signed for from the carrier. */
    DELIVERED,
    /** 已归档: the delivered case file packaged with its digest, the paper's place recorded. */
    ARCHIVED;

    /** Whether a decision may start a record in this status. */
    public boolean mayStart() {
        return this == WAITING_FOR_BUNDLE || this == AWAITING_ARRIVAL || this == READY;
    }

    /** Whether a record in this status may become {@code next} (false for null). */
    public boolean mayBecome(IssuanceStatus next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case WAITING_FOR_BUNDLE -> next == AWAITING_ARRIVAL;
            case AWAITING_ARRIVAL -> next == READY;
            case READY -> next == MAILED || next == DELIVERED;
            case MAILED -> next == DELIVERED || next == READY;
            case DELIVERED -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
