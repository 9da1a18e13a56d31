package cn.onewindow.approval.service;

/**
 * Starts an examination step, as {@link ExaminationService#start} takes it: SITE_CHECK, INSPECTION, EXPERT_REVIEW or
 * FEE, with a note and, for a fee, the amount in fen (the service refuses a fee without one), how to pay (null: the
 * hall's usual way, {@link FeeNotices#HOW_TO_PAY}) and within how many working days (null: no date on the notice).
 */
public record StepOrder(String kind, String note, Long amountCents, String howToPay, Integer payWithinWorkingDays) {
}
