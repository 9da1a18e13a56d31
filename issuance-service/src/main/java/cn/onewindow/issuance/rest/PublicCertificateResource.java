package cn.onewindow.issuance.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.issuance.domain.VerificationCodes;
import cn.onewindow.issuance.service.CertificateService;
import io.smallrye.mutiny.Uni;

/**
 * Verification of electronic certificates for anyone, without logging in (the QR code links here): a presented
 * certificate (its signed JSON and signature), or one looked up by its number and verification code. Throttled
 * per client like every public path (PublicRateLimit).
 */
@Path("/api/public/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicCertificateResource {
    private final CertificateService certificates;

    public PublicCertificateResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    /** A presented certificate: its signed JSON exactly as received and its signature. */
    public record Presented(@NotBlank @Size(max = 20_000) String payload, @NotBlank @Size(max = 200) String signature) {
    }

    @POST
    @Path("/verification")
    public Uni<CertificateService.Verification> verify(@NotNull @Valid Presented presented) {
        return certificates.verify(presented.payload(), presented.signature());
    }

    /** The public keys, current and retired, for verifying offline. */
    @GET
    @Path("/keys")
    public Uni<List<Map<String, Object>>> keys() {
        return certificates.keys().map(l -> l.stream().map(k -> Map.<String, Object>of("kid", k.kid(), "algorithm", k.algorithm(),
                "publicKey", k.publicKey(), "active", k.retiredAt() == null)).toList());
    }

    /**
     * The public view (title, kind, issuer, holder's first character, status) for whoever holds the certificate:
     * its number and the verification code printed on it ({@code ?code=}, in the QR link). Without the right
     * code the answer is the same 404 as for a number never issued.
     */
    @GET
    @Path("/{id}")
    public Uni<Map<String, Object>> get(@PathParam("id") @Size(max = 80) String id,
                                        @QueryParam("code") @Size(max = VerificationCodes.MAX_LENGTH) String code) {
        return certificates.publicView(id, code);
    }
}
