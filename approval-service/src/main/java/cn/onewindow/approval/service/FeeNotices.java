package cn.onewindow.approval.service;

import java.time.Instant;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.ExaminationStep;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.FeeAssessed;

/**
 * 缴费通知: what the applicant is told when the department sets a fee. Approval announces it ({@link FeeAssessed}) and
 * issuance, which holds the applicant's contact, sends it; the clock stays stopped until the payment is confirmed.
 */
public final class FeeNotices {
    /** How to pay when the department says nothing else. */
    public static final String HOW_TO_PAY = "请通过政务服务网“统一公共支付平台”扫码缴纳，或到政务服务大厅收费窗口缴纳；"
            + "缴款确认后审批计时自动恢复。";

    private FeeNotices() {
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
