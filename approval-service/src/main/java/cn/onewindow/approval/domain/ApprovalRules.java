package cn.onewindow.approval.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.platform.security.Posts;

/**
 * The back office's statutory rules in one place, each with its source: how long acceptance may take, who may decide
 * against the applicant, which examination steps stop the clock, and how soon a failed 容缺 case's written denial is
 * due. Plain arithmetic and conditions; the services apply them ({@code ApprovalService}, {@code ExaminationService},
 * {@code DeadlineMonitor}), {@link ApprovalClock} counts the clocks they start.
 */
public final class ApprovalRules {
    /**
     * Acceptance while the applicant waits: 《青浦区政务服务中心综合窗口服务流程》 二、当场受理 1 — a file the window may
     * not accept itself goes to the back office, "在20分钟内完成材料传送、审核等程序，当场将予以受理或者不予受理的结果交申请人".
     * Counted in office minutes ({@link ClockKind#ACCEPTANCE_MINUTES}).
     */
    public static final int ACCEPTANCE_WHILE_WAITING_MINUTES = 20;
    /**
     * Acceptance after a receipt: 同上 三、当场收件 2 — "对申请材料不齐全或者不符合法定形式的，于5个工作日内一次性告知服务对象"
     * (as 行政许可法 art. 32 gives five days for the one-time notice). Working days from the receipt.
     */
    public static final int ACCEPTANCE_AFTER_RECEIPT_DAYS = 5;
    /**
     * The written denial after a failed 容缺: 《青浦区政务服务中心容缺受理制度》 8 — "相关审批部门在终止办理后2个工作日内出具
     * 不予许可决定书". Working days.
     */
    public static final int WRITTEN_DENIAL_WORKING_DAYS = 2;

    /** The intake path of a file the back office accepts while the applicant waits at the window. */
    static final String WHILE_WAITING = "BACK_OFFICE_ACCEPTANCE_WHILE_WAITING";
    /** The intake path of a file the window only received, with a receipt. */
    static final String RECEIVED_ONLY = "RECEIVED_ONLY";

    /**
     * The steps that stop the clock while they are open. 勘验 by a specialist section (INSPECTION) and 专家评审
     * (EXPERT_REVIEW): 行政许可法 art. 45 — the time 检验、检测、鉴定和专家评审 need "不计算在本节规定的期限内" (Qingpu, 审查和
     * 决定: "如需要专业勘验的，转部门专业科室及时提出勘验结论"). A fee (FEE): the hall's rule, the time until the applicant has
     * paid is not the department's; the payment confirmation ends the step. A supplement request (补正, SUPPLEMENT): the
     * applicant's time, from the one-time notice (行政许可法 art. 32; {@link SupplementRounds}) until the window reports
     * the materials supplied.
     */
    static final Set<String> CLOCK_STOPPING_STEPS = Set.of("INSPECTION", "EXPERT_REVIEW", "FEE", "SUPPLEMENT");
    /**
     * The step that runs on the clock: a site check by the reviewer (Qingpu, 审查和决定: "需要简单的现场勘验的，由后台审批人员负责
     * 开展核查").
     */
    static final String SITE_CHECK = "SITE_CHECK";

    /** A clock's kind and its limit: office minutes for {@link ClockKind#ACCEPTANCE_MINUTES}, else working days. */
    public record Limit(ClockKind kind, int budget) {
        /** Whether the case waits for the back office's acceptance decision before its decision clock starts. */
        public boolean awaitsAcceptance() {
            return kind != ClockKind.DECISION;
        }
    }

    private ApprovalRules() {
    }

    /**
     * The clock a routed case starts on, from the window's act ({@code acceptedAt}): acceptance within
     * {@value #ACCEPTANCE_WHILE_WAITING_MINUTES} office minutes for a file the applicant waits on, acceptance within
     * {@value #ACCEPTANCE_AFTER_RECEIPT_DAYS} working days for a file the window only received; any file the window
     * accepted (on the spot, with 容缺, settled on the spot) runs on the promised limit, in working days from its acceptance.
     *
     * @param intakePath never null (a case without one was accepted on the spot)
     */
    public static Limit firstClock(String intakePath, int promisedDays) {
        return switch (intakePath) {
            case WHILE_WAITING -> new Limit(ClockKind.ACCEPTANCE_MINUTES, ACCEPTANCE_WHILE_WAITING_MINUTES);
            case RECEIVED_ONLY -> new Limit(ClockKind.ACCEPTANCE_DAYS, ACCEPTANCE_AFTER_RECEIPT_DAYS);
            default -> new Limit(ClockKind.DECISION, promisedDays);
        };
    }

    /**
     * The instant the first clock counts from: the take-in ({@code acceptedAt}) — or, for a clock in working days (the
     * acceptance after a receipt, the promised limit), {@code limitsFrom} when given: a postal case's parcel registration
     * (签收登记), the day the hall had the materials. The {@value #ACCEPTANCE_WHILE_WAITING_MINUTES} office minutes while
     * the applicant waits count from the take-in always.
     *
     * @param limitsFrom null for every case but a postal one (and in events recorded before it was added)
     */
    public static Instant clockStart(Limit first, Instant acceptedAt, Instant limitsFrom) {
        return first.kind() == ClockKind.ACCEPTANCE_MINUTES || limitsFrom == null ? acceptedAt : limitsFrom;
    }

    /**
     * Who may decide against the applicant (不予受理, 不予许可): the chief representative (首席代表) — the department's deputy
     * head in the hall (《临空经济区推进"一窗受理 集成审批"服务模式改革实施方案》 6: "设置1名副职作为'首席代表'"), to whom the
     * department delegates its power of decision (《阳新县政务服务"一窗通办"改革实施方案》: "充分向本部门窗口首席代表授权…承诺件
     * 直接行使审批权") — or the department's own system, which decides with the department's authority. A reviewer
     * examines and may approve; a refusal needs the chief's signature.
     */
    public static boolean mayDecideNegatively(String post) {
        return Posts.CHIEF_REPRESENTATIVE.equals(post) || Posts.DEPARTMENT_SYSTEM.equals(post);
    }

    /** Whether an examination step of this kind stops the clock while it is open ({@link #CLOCK_STOPPING_STEPS}). */
    public static boolean stopsTheClock(String stepKind) {
        return CLOCK_STOPPING_STEPS.contains(stepKind);
    }

    /**
     * One stop at a time: a clock-stopping step may not start while another open step has the clock stopped — any open
     * step but a site check (a pending supplement request too). A step that runs on the clock may always start.
     *
     * @param openStepKinds the kinds of the case's steps not yet ended
     */
    public static boolean mayStart(String stepKind, Collection<String> openStepKinds) {
        return !stopsTheClock(stepKind) || openStepKinds.stream().allMatch(SITE_CHECK::equals);
    }

    /**
     * When a failed 容缺 case's written denial is due: {@value #WRITTEN_DENIAL_WORKING_DAYS} working days, counted from the
     * last day the owed materials could come ({@link #lastDayOwed}) — the case is terminated as that day ends.
     *
     * @param owedUntil the deadline of the owed materials (the end of their last day)
     */
    public static Instant writtenDenialDue(WorkingCalendar calendar, Instant owedUntil) {
        return calendar.deadline(owedUntil.minusNanos(1), WRITTEN_DENIAL_WORKING_DAYS);
    }

    /** The last day of the owed materials' deadline: a deadline is the end of a day, so the day before it. */
    public static LocalDate lastDayOwed(WorkingCalendar calendar, Instant owedUntil) {
        return owedUntil.minusNanos(1).atZone(calendar.zone()).toLocalDate();
    }
}
