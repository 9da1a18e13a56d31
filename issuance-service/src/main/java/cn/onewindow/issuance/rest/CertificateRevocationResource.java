package cn.onewindow.issuance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.issuance.service.CertificateService;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * 吊销/撤销: the issuing department revokes an e-certificate, with its reason. From then on the certificate verifies as
 * revoked (with the reason) and serves no material at the window (证照自动引用). Through the gateway:
 * {@code /api/issuance/certificates/{id}/revocation}.
 */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateRevocationResource {
    private final CertificateService certificates;
    private final CurrentActor actor;

    public CertificateRevocationResource(CertificateService certificates, CurrentActor actor) {
        this.certificates = certificates;
        this.actor = actor;
    }

    /** Why the certificate is revoked: the department's decision, as the public verification shows it. */
    public record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /**
     * 200 with the revocation; the same answer again for a certificate already revoked (nothing changes). Another
     * department's certificate is answered as one that does not exist (404).
     */
    @POST
    @Path("/{id}/revocation")
    @RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    public Uni<CertificateService.Revocation> revoke(@PathParam("id") @Size(max = 80) String id,
                                                    @NotNull @Valid RevocationRequest request) {
        actor.department(); // a department post's token must name its department (403 no-department)
        return certificates.revokeByDepartment(id, request.reason(), actor.actor());
    }
}
