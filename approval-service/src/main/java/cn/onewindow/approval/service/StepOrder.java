package cn.onewindow.approval.service;

/**
 * Starts an examination step, as {@link ExaminationService#start} takes it: SITE_CHECK, INSPECTION, EXPERT_REVIEW or
 * FEE, with a note and, for a fee, the amount in fen (the service refuses a fee without one).
 */
public record StepOrder(String kind, String note, Long amountCents) {
}
