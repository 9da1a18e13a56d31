package cn.onewindow.approval.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.onewindow.approval.service.Decision;

/**
 * Approve (with the result's metadata: kind, title, number, validity) or deny (with written reasons;
 * the applicant's rights are added by the service). {@code legalBasis}: the provisions a denial rests on, printed on
 * the 不予许可决定书; without it the item's published legal basis is printed.
 */
public record DecisionRequest(
        @NotNull @Pattern(regexp = "APPROVED|DENIED", message = "must be APPROVED or DENIED") String outcome,
        @Pattern(regexp = "CERTIFICATE|LICENCE|APPROVAL_LETTER", message = "must be CERTIFICATE, LICENCE or APPROVAL_LETTER") String resultKind,
        @Size(max = 200) String resultTitle,
        @Size(max = 4000) String reasons,
        @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}()（）〔〕\\[\\]-]{1,60}", message = "letters, digits, brackets and dashes") String resultNumber,
        LocalDate validUntil,
        @Size(max = 1000) String legalBasis) {

    /** The validated request as the service takes it. */
    public Decision command() {
        return new Decision(outcome, resultKind, resultTitle, reasons, resultNumber, validUntil, legalBasis);
    }
}
