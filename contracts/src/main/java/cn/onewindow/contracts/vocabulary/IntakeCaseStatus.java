package cn.onewindow.contracts.vocabulary;

/**
 * The window's own status of a case (办件窗口状态): what the window did with it and whether the applicant still owes the
 * window something. How far the case has gone since (department, decision, issuance) is kept apart from it. Stored
 * by its name in intake's {@code intake_case.status} (and {@code status_before_request}) and shown as it is.
 *
 * <p>The legal changes, and nothing else:
 * <ul>
 * <li>a take-in starts a case {@link #RECEIVED}, {@link #ACCEPTED} or {@link #ACCEPTED_WITH_DEFERRED_MATERIALS}
 * ({@link #mayStart()}), never {@link #SUPPLEMENT_REQUESTED};</li>
 * <li>the back office's supplement request (补正告知) makes any case {@link #SUPPLEMENT_REQUESTED}, one already waiting
 * for a supplement included (a further round);</li>
 * <li>everything owed handed in makes a {@link #ACCEPTED_WITH_DEFERRED_MATERIALS} case {@link #ACCEPTED}, and a
 * {@link #SUPPLEMENT_REQUESTED} one what the request found it ({@link #RECEIVED} or {@link #ACCEPTED}; a 容缺 case
 * found waiting for its deferred materials becomes {@link #ACCEPTED}, as all it owed has come).</li>
 * </ul>
 */
public enum IntakeCaseStatus {
    /** 已收件: received only (a receipt); the back office decides acceptance (20 office minutes or 5 working days). */
    RECEIVED,
    /** 已受理: accepted (or settled on the spot) with complete materials, or whole again once owed materials came. */
    ACCEPTED,
    /** 容缺受理（待补材料）: accepted while secondary materials are owed, to be supplied by a due date. */
    ACCEPTED_WITH_DEFERRED_MATERIALS,
    /** 待补正: the back office asked for a supplement (补正告知); the applicant owes it to the window. */
    SUPPLEMENT_REQUESTED;

    /** Whether a take-in may start a case in this status. */
    public boolean mayStart() {
        return this != SUPPLEMENT_REQUESTED;
    }

    /** Whether a case in this status may become {@code next} (false for null). */
    public boolean mayBecome(IntakeCaseStatus next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case RECEIVED, ACCEPTED -> next == SUPPLEMENT_REQUESTED;
            case ACCEPTED_WITH_DEFERRED_MATERIALS -> next == SUPPLEMENT_REQUESTED || next == ACCEPTED;
            case SUPPLEMENT_REQUESTED -> next == SUPPLEMENT_REQUESTED || next == RECEIVED || next == ACCEPTED;
        };
    }
}
