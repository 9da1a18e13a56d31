package cn.onewindow.issuance.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.issuance.domain.Jws;
import cn.onewindow.issuance.domain.VerificationCodes;
import cn.onewindow.issuance.service.CertificateKeys;
import cn.onewindow.issuance.service.CertificateService;
import io.smallrye.mutiny.Uni;

/**
 * Verification of electronic certificates for anyone, without logging in (the QR code links here): a presented
 * certificate (its JWS, or its signed JSON and detached signature), or one looked up by its number and verification
 * code; and the public keys for verifying offline, also as a JWK set. Throttled per client like every public path
 * (PublicRateLimit).
 */
@Path("/api/public/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicCertificateResource {
    /** RFC 7517 §8.5. */
    static final String JWK_SET = "application/jwk-set+json";
    /**
     * One minute: a rotated key signs at once, so a copy of the set kept by a shared cache (nothing in it is secret)
     * may lack the newest kid for as long as this. A verifier meeting a kid it does not know fetches the set again,
     * bypassing caches ({@code Cache-Control: no-cache}); with the set's {@code ETag} a revalidation that finds it
     * unchanged costs a 304 (docs/e-certificates.md).
     */
    static final String JWKS_CACHING = "public, max-age=60";

    private final CertificateService certificates;
    private final CertificateKeys keys;
    private final ObjectMapper json;

    public PublicCertificateResource(CertificateService certificates, CertificateKeys keys, ObjectMapper json) {
        this.certificates = certificates;
        this.keys = keys;
        this.json = json;
    }

    /**
     * A presented certificate: its JWS, or its signed JSON exactly as received and its detached signature — one form,
     * not both.
     */
    public record Presented(@Size(max = 20_000) String payload, @Size(max = 200) String signature,
                            @Size(max = Jws.MAX_LENGTH) String jws) {
        boolean isJws() {
            return given(jws) && !given(payload) && !given(signature);
        }

        boolean isDetached() {
            return !given(jws) && given(payload) && given(signature);
        }

        private static boolean given(String s) {
            return s != null && !s.isBlank();
        }
    }

    @POST
    @Path("/verification")
    public Uni<CertificateService.Verification> verify(@NotNull @Valid Presented presented) {
        if (presented.isJws()) {
            return certificates.verifyJws(presented.jws());
        }
        if (presented.isDetached()) {
            return certificates.verify(presented.payload(), presented.signature());
        }
        throw ProblemException.invalid("certificate-form", "请提交证照的JWS（jws），或证照内容及其签名（payload和signature），二者择一",
                "Present either the certificate's JWS (jws) or its payload and signature (payload, signature), not both");
    }

    /** The public keys, current and retired, of every algorithm, in X.509 form, for verifying offline. */
    @GET
    @Path("/keys")
    public Uni<List<Map<String, Object>>> keys() {
        return keys.all().map(l -> l.stream().map(k -> Map.<String, Object>of("kid", k.kid, "algorithm", k.algorithm,
                "publicKey", k.publicKey, "active", k.retiredAt == null)).toList());
    }

    /**
     * The Ed25519 keys, current and retired, as a JWK set (RFC 7517): what any JOSE library verifies a certificate's
     * JWS with, by its {@code kid}. Through the gateway: {@code /api/issuance/public/certificates/jwks.json}.
     */
    @GET
    @Path("/jwks.json")
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    public Uni<Response> jwks(@Context Request request) {
        return keys.jwks().map(set -> {
            byte[] body;
            try {
                body = json.writeValueAsBytes(set);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the JWK set could not be written", e);
            }
            // the tag is the digest of the bytes sent: it changes exactly when the set does (a rotation)
            EntityTag tag = new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body)));
            Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag); // If-None-Match: 304
            return (unchanged != null ? unchanged : Response.ok(body)).tag(tag).header("Cache-Control", JWKS_CACHING).build();
        });
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The public view (title, kind, issuer, holder's first character, status) for whoever holds the certificate:
     * its number and the verification code printed on it ({@code ?code=}, in the QR link). Without the right
     * code the answer is the same 404 as for a number never issued. It has no JWS: that carries the holder's full
     * name, which this view masks; the JWS comes with the verification of a presented certificate.
     */
    @GET
    @Path("/{id}")
    public Uni<Map<String, Object>> get(@PathParam("id") @Size(max = 80) String id,
                                        @QueryParam("code") @Size(max = VerificationCodes.MAX_LENGTH) String code) {
        return certificates.publicView(id, code);
    }
}
