package cn.onewindow.intake.certificate.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.intake.certificate.service.CertificateCopies;
import cn.onewindow.intake.takein.rules.IdentityMessages;
import cn.onewindow.intake.takein.rules.IdentityNumbers;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * 证照自动引用 at the window: before taking a file in, the clerk asks which materials of the item the applicant's
 * e-certificates can serve, and with which. The ID number travels in the body, never in a URL (logs and proxies keep
 * URLs). Through the gateway: {@code POST /api/intake/certificates/lookup}.
 */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateLookupResource {
    private final CertificateCopies certificates;

    public CertificateLookupResource(CertificateCopies certificates) {
        this.certificates = certificates;
    }

    /** The applicant (PERSON: resident ID number; ORGANISATION: credit code, as at the take-in) and the item. */
    public record Lookup(
            @NotNull @Pattern(regexp = "PERSON|ORGANISATION", message = "must be PERSON or ORGANISATION") String applicantKind,
            @NotBlank @Size(min = 15, max = 18) String idNumber,
            @NotBlank @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode) {
    }

    /** Each material of the item a certificate can serve, with the applicant's certificates that can serve it now. */
    @POST
    @Path("/lookup")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK})
    public Uni<List<CertificateCopies.Offer>> lookup(@NotNull @Valid Lookup request) {
        if ("PERSON".equals(request.applicantKind())) {
            var fault = IdentityNumbers.residentIdFault(request.idNumber());
            if (fault != null) {
                var m = IdentityMessages.residentId(fault, request.idNumber(), "居民身份证号码", "The resident ID number");
                throw ProblemException.invalid("invalid-id-number", m.zh(), m.en());
            }
        } else {
            var fault = IdentityNumbers.creditCodeFault(request.idNumber());
            if (fault != null) {
                var m = IdentityMessages.creditCode(fault, request.idNumber());
                throw ProblemException.invalid("invalid-credit-code", m.zh(), m.en());
            }
        }
        return certificates.lookup(request.applicantKind(), request.idNumber(), request.itemCode());
    }
}
