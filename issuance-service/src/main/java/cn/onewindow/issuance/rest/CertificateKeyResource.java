package cn.onewindow.issuance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.platform.security.Posts;
import cn.onewindow.issuance.service.CertificateService;
import io.smallrye.mutiny.Uni;

/** Key rotation for the certificate signatures: a new key signs from now on; the old ones still verify. */
@Path("/api/certificate-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.HALL_ADMIN, Posts.OPERATOR})
public class CertificateKeyResource {
    private final CertificateService certificates;

    public CertificateKeyResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @POST
    @Path("/rotation")
    @Consumes(MediaType.WILDCARD)
    public Uni<CertificateService.KeyView> rotate() {
        return certificates.rotate().map(k -> new CertificateService.KeyView(k.kid(), k.algorithm(), k.publicKey(), k.createdAt(),
                k.retiredAt()));
    }
}
