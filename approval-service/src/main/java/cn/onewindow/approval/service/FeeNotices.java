package cn.onewindow.approval.service;

import java.text.Normalizer;
import java.time.Instant;
import java.util.regex.Pattern;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.ExaminationStep;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.FeeAssessed;
import cn.onewindow.platform.problem.ProblemException;

/**
 * 缴费通知: what the applicant is told when the department sets a fee. Approval announces it ({@link FeeAssessed}) and
 * issuance, which holds the applicant's contact, sends it; the clock stays stopped until the payment is confirmed.
 */
public final class FeeNotices {
    /** How to pay when the department says nothing else. */
    public static final String HOW_TO_PAY = "请通过政务服务网“统一公共支付平台”扫码缴纳，或到政务服务大厅收费窗口缴纳；"
            + "缴款确认后审批计时自动恢复。";

    /**
     * A link: http(s)://, www., or a domain-like token (zwfw.example.cn) — the hall's payment channels are named
     * in words, and a link in the hall's own SMS is what a phishing text looks like.
     */
    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\."
            + "|(?<![a-z0-9-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?![a-z0-9-])");
    /** A bank account (12 digits or more, spaces or hyphens between groups allowed): never in the hall's SMS. */
    private static final Pattern ACCOUNT = Pattern.compile("\\d(?:[ -]?\\d){11,}");

    private FeeNotices() {
    }

    /**
     * Refuses a department's own words on how to pay that carry a link or an account number: they go out in the hall's
     * official SMS, where only the hall's channels, named in words, belong. Full-width letters and digits count as their
     * ASCII forms (NFKC).
     */
    public static void checkHowToPay(String howToPay) {
        if (howToPay == null) {
            return;
        }
        String text = Normalizer.normalize(howToPay, Normalizer.Form.NFKC);
        if (LINK.matcher(text).find() || ACCOUNT.matcher(text).find()) {
            throw ProblemException.invalid("how-to-pay-not-allowed",
                    "缴费方式将以政务服务中心名义短信发送，不得包含网址、链接或银行账号，请用文字说明缴费渠道（如“到大厅收费窗口缴纳”）",
                    "How to pay goes out in the hall's official SMS: no web address, link or bank account number; name the "
                            + "payment channel in words (e.g. 'at the hall's cashier window')");
        }
    }

    /** The fee as announced: {@code order} is the department's request, {@code step} the fee step just started. */
    public static FeeAssessed assessed(ApprovalCase c, ExaminationStep step, StepOrder order, WorkingCalendar calendar,
                                       Actor actor) {
        String howToPay = order.howToPay() == null || order.howToPay().isBlank() ? HOW_TO_PAY : order.howToPay().strip();
        Instant due = order.payWithinWorkingDays() == null ? null : calendar.deadline(step.startedAt, order.payWithinWorkingDays());
        return new FeeAssessed(c.caseId, step.id.toString(), c.departmentCode, step.amountCents, step.note, howToPay, due,
                step.startedAt, actor);
    }
}
