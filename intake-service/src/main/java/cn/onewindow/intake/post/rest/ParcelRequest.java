package cn.onewindow.intake.post.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.onewindow.intake.post.service.ParcelRegistration;

/**
 * A parcel the hall signed for (签收): its waybill (运单号, with the carrier), the sender as the cover letter gives them
 * (name, mobile number for the notices, address for the result and for a return), the materials listed (names or
 * catalogue codes, free text allowed) and the item, when the cover letter names it.
 */
public record ParcelRequest(@NotNull @Valid Waybill waybill, @NotNull @Valid Sender sender,
                            @NotEmpty @Size(max = 60) List<@NotBlank @Size(max = 100) String> contents,
                            @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode) {

    public record Waybill(@NotBlank @Size(max = 40) String carrier,
                          @NotNull @Pattern(regexp = "[A-Za-z0-9-]{6,40}", message = "6–40 letters, digits or dashes") String number) {
    }

    public record Sender(@NotBlank @Size(max = 100) String name,
                         @NotNull @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mobile number") String phone,
                         @NotBlank @Size(max = 200) String address) {
    }

    /** The registration as the service takes it: texts as typed, without the blanks around them. */
    public ParcelRegistration command() {
        return new ParcelRegistration(waybill.carrier().strip(), waybill.number(), sender.name().strip(), sender.phone(),
                sender.address().strip(), contents.stream().map(String::strip).toList(), itemCode);
    }
}
