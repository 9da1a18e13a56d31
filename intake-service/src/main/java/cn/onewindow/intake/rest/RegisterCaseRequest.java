package cn.onewindow.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the window clerk enters to take a file in. */
public record RegisterCaseRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z]{2,6}-\\d{4}", message = "must look like AMR-0001") String itemCode,
        @NotNull @Valid Applicant applicant,
        @NotNull @Pattern(regexp = "PICKUP|EXPRESS_MAIL", message = "must be PICKUP or EXPRESS_MAIL") String deliveryMethod,
        @Size(max = 200) String deliveryAddress) {

    public record Applicant(
            @NotNull @Pattern(regexp = "PERSON|ORGANISATION", message = "must be PERSON or ORGANISATION") String kind,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(min = 15, max = 18) String idNumber) {
    }
}
