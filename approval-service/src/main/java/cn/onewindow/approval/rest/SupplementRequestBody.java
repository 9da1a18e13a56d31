package cn.onewindow.approval.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One supplement request (补正告知) listing everything still missing or wrong. */
public record SupplementRequestBody(@NotEmpty @Size(max = 60) List<@Valid Material> materials) {
    public record Material(@NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "a material code like ADDR") String code,
                           @NotBlank @Size(max = 200) String name,
                           @Size(max = 500) String problem) {
    }
}
