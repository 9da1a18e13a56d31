package cn.onewindow.approval.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.onewindow.approval.service.StepOrder;

/**
 * Starts an examination step: SITE_CHECK (by the reviewer; the clock runs on), INSPECTION (勘验 by a
 * specialist section), EXPERT_REVIEW (专家评审) or FEE (payment notice, amount in fen) — the last three
 * stop the clock, as the law does not count them. A fee may say how to pay and within how many working days: the
 * applicant is sent the fee notice (缴费通知) with them and the amount.
 */
public record StepRequest(
        @NotNull @Pattern(regexp = "SITE_CHECK|INSPECTION|EXPERT_REVIEW|FEE", message = "must be SITE_CHECK, INSPECTION, EXPERT_REVIEW or FEE") String kind,
        @Size(max = 2000) String note,
        @Min(1) @Max(100_000_000_00L) Long amountCents,
        @Size(max = 500) String howToPay,
        @Min(1) @Max(60) Integer payWithinWorkingDays) {

    /** The validated request as the service takes it. */
    public StepOrder command() {
        return new StepOrder(kind, note, amountCents, howToPay, payWithinWorkingDays);
    }
}
