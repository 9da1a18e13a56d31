package cn.onewindow.issuance.rest;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.issuance.domain.SignatureAlgorithm;
import cn.onewindow.issuance.service.CertificateKeys;
import io.smallrye.mutiny.Uni;

/**
 * Key rotation for the certificate signatures: a new key signs from now on; the old ones still verify. The new key
 * is of the configured algorithm ({@code onewindow.certificates.algorithm}), or of the one the call names
 * ({@code ?algorithm=ED25519|SM2}): how a hall moves to SM2 with SM3, or back.
 */
@Path("/api/certificate-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.HALL_ADMIN, Posts.OPERATOR})
public class CertificateKeyResource {
    private final CertificateKeys keys;

    public CertificateKeyResource(CertificateKeys keys) {
        this.keys = keys;
    }

    @POST
    @Path("/rotation")
    @Consumes(MediaType.WILDCARD)
    public Uni<SigningKeyView> rotate(@QueryParam("algorithm") String algorithm) {
        Optional<SignatureAlgorithm> named = Optional.empty();
        if (algorithm != null && !algorithm.isBlank()) {
            // read here rather than as an enum parameter: JAX-RS answers an unconvertible query parameter with a bare 404
            named = Optional.of(SignatureAlgorithm.named(algorithm).orElseThrow(() -> ProblemException.invalid("unknown-algorithm",
                    "未知的签名算法：" + abbreviated(algorithm) + "（可选 ED25519 或 SM2）；未轮换密钥",
                    "Unknown signature algorithm: " + abbreviated(algorithm) + " (ED25519 or SM2); no key was rotated")));
        }
        return keys.rotate(named).map(SigningKeyView::of);
    }

    private static String abbreviated(String given) {
        return given.length() <= 20 ? given : given.substring(0, 20) + "…";
    }
}
