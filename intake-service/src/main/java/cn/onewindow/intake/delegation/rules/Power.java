package cn.onewindow.intake.delegation.rules;

import cn.onewindow.intake.takein.rules.IntakePathDecider;

/**
 * The powers a department can delegate to the hall's windows (委托授权书), item by item — each one checked where the
 * window acts on it: RECEIVE and ACCEPT decide the intake path ({@link IntakePathDecider}), NOTIFY_ONCE the one-time
 * notice ({@link NoticePower}), VERIFY_ORIGINALS the materials check, DELIVER the issuance window, APPROVE_ON_SPOT
 * settling on the spot.
 *
 * <p>Not here: 账号使用权 (the department's own system account, Langfang §5), registered until #22 item 8 but never
 * checked. It hands the window a department's password to file cases in that department's self-built system; in
 * OneWindow the window never files anywhere but here — cases reach the departments by routing, and a department's
 * system reads its feed with its own client credentials — so there is no act of the window it could allow or refuse,
 * and the platform holds no department's password. A power that changes nothing would only mislead whoever grants
 * it. V13 took it out of the register.
 */
public enum Power {
    /** 收件权: check completeness and form, register, give a receipt. */
    RECEIVE,
    /** 受理权: the formal acceptance decision and the acceptance notice. */
    ACCEPT,
    /** 一次性告知权: tell the applicant everything missing or wrong in one notice (without it, the department does). */
    NOTIFY_ONCE,
    /** 原件核验权: compare copies with originals; the department accepts the window's check. */
    VERIFY_ORIGINALS,
    /** 审批结果送达权: hand out or mail the result. */
    DELIVER,
    /** 当场审批权: examine, produce and hand out the result of a simple immediate item at the window. */
    APPROVE_ON_SPOT
}
