package cn.onewindow.approval.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Approve (with the result to issue) or deny (with written reasons). */
public record DecisionRequest(
        @NotNull @Pattern(regexp = "APPROVED|DENIED", message = "must be APPROVED or DENIED") String outcome,
        @Pattern(regexp = "CERTIFICATE|LICENCE|APPROVAL_LETTER", message = "must be CERTIFICATE, LICENCE or APPROVAL_LETTER") String resultKind,
        @Size(max = 200) String resultTitle,
        @Size(max = 4000) String reasons) {
}
