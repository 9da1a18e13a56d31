package cn.onewindow.issuance.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Pickup at the window: who received it, that their identity was checked, and their signature. */
public record PickupRequest(
        @NotBlank @Size(max = 100) String receivedBy,
        @AssertTrue(message = "the receiver's identity must be checked") boolean identityChecked,
        @NotBlank @Size(max = 200_000) String signature,
        @jakarta.validation.constraints.Pattern(regexp = "APPLICANT|AGENT", message = "must be APPLICANT or AGENT") String receiverRole,
        Boolean powerOfAttorneyChecked) {

    /** An agent (代领人) collects only with the applicant's power of attorney checked. */
    @jakarta.validation.constraints.AssertTrue(message = "an agent needs the power of attorney checked")
    public boolean isAgentAuthorised() {
        return !"AGENT".equals(receiverRole) || Boolean.TRUE.equals(powerOfAttorneyChecked);
    }
}
