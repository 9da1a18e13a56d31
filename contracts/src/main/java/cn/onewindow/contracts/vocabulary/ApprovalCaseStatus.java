package cn.onewindow.contracts.vocabulary;

/**
 * Where a case stands in the department's back office (办件审批状态). Stored by its name in approval's
 * {@code approval_case.status} and shown as it is. The decided values are named as {@link DecisionOutcome}'s: once
 * decided, a case's status is its decision ({@link #of(DecisionOutcome)}).
 *
 * <p>The legal changes, and nothing else:
 * <ul>
 * <li>a routed case starts {@link #AWAITING_ACCEPTANCE} (a file the window only received, or one the back office
 * accepts while the applicant waits) or {@link #QUEUED} (every file the window accepted: on the spot, with 容缺,
 * settled on the spot) ({@link #mayStart()});</li>
 * <li>the acceptance decision makes an {@link #AWAITING_ACCEPTANCE} case {@link #QUEUED} (受理) or
 * {@link #NOT_ACCEPTED} (不予受理); a one-time notice (补正告知) leaves it awaiting acceptance;</li>
 * <li>the decision makes a {@link #QUEUED} case {@link #APPROVED} or {@link #DENIED} — a case settled on the spot
 * too, queued first and approved at once — and the deadline monitor makes a 容缺 case whose owed materials did not
 * come {@link #TERMINATED} (a 容缺 case is accepted, so it is always queued, never awaiting acceptance);</li>
 * <li>a decided case changes no more.</li>
 * </ul>
 */
public enum ApprovalCaseStatus {
    /** 待受理: the back office has still to decide whether to accept the file (20 office minutes or 5 working days). */
    AWAITING_ACCEPTANCE,
    /** 审批队列中: accepted, in the department's queue for examination and decision, on the promised limit. */
    QUEUED,
    /** 准予许可: approved, with the result to issue. */
    APPROVED,
    /** 不予许可: denied, with written reasons, the legal basis and the applicant's remedies. */
    DENIED,
    /** 不予受理: the back office did not accept a file the window had only received. */
    NOT_ACCEPTED,
    /** 终止办理: a 容缺 case whose owed materials did not arrive in time; a written denial follows. */
    TERMINATED;

    /** The status of a case decided so: the value of the same name. */
    public static ApprovalCaseStatus of(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> APPROVED;
            case DENIED -> DENIED;
            case NOT_ACCEPTED -> NOT_ACCEPTED;
            case TERMINATED -> TERMINATED;
        };
    }

    /** Whether a routed case may start in this status. */
    public boolean mayStart() {
        return open();
    }

    /** Whether the case is still open (awaiting acceptance or queued), that is, not yet decided. */
    public boolean open() {
        return this == AWAITING_ACCEPTANCE || this == QUEUED;
    }

    /** Whether a case in this status may become {@code next} (false for null). */
    public boolean mayBecome(ApprovalCaseStatus next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case AWAITING_ACCEPTANCE -> next == QUEUED || next == NOT_ACCEPTED;
            case QUEUED -> next == APPROVED || next == DENIED || next == TERMINATED;
            case APPROVED, DENIED, NOT_ACCEPTED, TERMINATED -> false;
        };
    }
}
