package cn.onewindow.issuance.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Pickup at the window: who received it, that their identity was checked, and their signature. */
public record PickupRequest(
        @NotBlank @Size(max = 100) String receivedBy,
        @AssertTrue(message = "the receiver's identity must be checked") boolean identityChecked,
        @NotBlank @Size(max = 200_000) String signature) {
}
