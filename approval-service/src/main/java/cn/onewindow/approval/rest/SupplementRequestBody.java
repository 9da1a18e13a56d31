package cn.onewindow.approval.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.onewindow.approval.service.SupplementOrder;

/**
 * One supplement request (补正告知) listing everything still missing or wrong. Once the applicant has supplied an
 * earlier request, another is allowed only for a problem raised by the newly supplied material: then
 * {@code newProblemInSuppliedMaterial} is true and {@code reason} says what that problem is (the applicant reads it).
 */
public record SupplementRequestBody(@NotEmpty @Size(max = 60) List<@Valid Material> materials,
                                    Boolean newProblemInSuppliedMaterial,
                                    @Size(max = 2000) String reason) {
    public record Material(@NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "a material code like ADDR") String code,
                           @NotBlank @Size(max = 200) String name,
                           @Size(max = 500) String problem) {
    }

    /** The validated request as the service takes it (an absent newProblemInSuppliedMaterial declares none). */
    public SupplementOrder command() {
        return new SupplementOrder(commands(materials), Boolean.TRUE.equals(newProblemInSuppliedMaterial), reason);
    }

    /** The materials as the service names them; null stays null (only a NOTIFY lists any). */
    static List<SupplementOrder.Material> commands(List<Material> materials) {
        return materials == null ? null
                : materials.stream().map(m -> new SupplementOrder.Material(m.code(), m.name(), m.problem())).toList();
    }
}
