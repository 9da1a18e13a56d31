package cn.onewindow.approval.service;

/** The payment platform's confirmation of a fee (缴款确认), as {@link ExaminationService#paid} takes it. */
public record Payment(long amountCents, String reference) {
}
