package cn.onewindow.approval.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.onewindow.approval.service.Payment;

/** A payment confirmation from the payment platform (缴款确认): the fee step ends and the clock runs again. */
public record PaymentConfirmation(@NotNull @Min(1) @Max(100_000_000_00L) Long amountCents,
                                  @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,64}", message = "4–64 letters, digits or dashes") String reference) {

    /** The validated confirmation as the service takes it (validation has made sure there is an amount). */
    public Payment command() {
        return new Payment(amountCents, reference);
    }
}
