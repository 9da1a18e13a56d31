package cn.onewindow.issuance.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.documents.DocumentRenderer;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.issuance.domain.Jws;
import cn.onewindow.issuance.domain.SignatureAlgorithm;
import cn.onewindow.issuance.domain.VerificationCodes;
import cn.onewindow.issuance.model.ECertificate;
import cn.onewindow.issuance.model.SigningKey;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Electronic certificates (电子证照): every approved result is also issued as JSON signed with the
 * active key (Ed25519, or SM2 with SM3 where the hall chose it: {@link CertificateKeys}), so later applicants and
 * other departments can rely on it without paper. Each is signed twice over the same JSON: as a JWS (RFC 7515,
 * compact), which any JOSE library verifies with the public key set, and with the detached signature certificates had
 * before, which the verification by payload and signature and the printed certificate use. Certificates issued
 * before the JWS keep only the latter, and verify as they always did (docs/e-certificates.md).
 * Anyone can verify one without logging in; the public view shows only what a verifier may see.
 */
@ApplicationScoped
public class CertificateService {
    private final Clock clock;
    private final ObjectMapper json;
    private final DocumentRenderer renderer;
    private final String publicBase;
    private final CertificateKeys keys;

    public CertificateService(Clock clock, ObjectMapper json,
                              @ConfigProperty(name = "onewindow.documents.font") String font,
                              @ConfigProperty(name = "onewindow.public-base-url") String publicBase,
                              CertificateKeys keys) {
        this.clock = clock;
        this.json = json;
        this.keys = keys;
        this.renderer = new DocumentRenderer(new java.io.File(font));
        this.publicBase = publicBase;
    }

    /**
     * Where anyone holding the certificate sees its public view (the QR code on its PDF links here): its
     * number and its verification code, without which the view is not shown.
     */
    public String verifyUrl(ECertificate c) {
        return publicBase + "/api/issuance/public/certificates/" + c.id + "?code=" + c.verificationCode;
    }

    /** The certificate as a printable PDF with its QR code, rendered off the event loop. */
    public Uni<byte[]> pdf(String caseId) {
        return forCase(caseId).map(c -> {
            JsonNode content;
            try {
                content = json.readTree(c.payload);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            // the verification code (核验码) is printed beside the number: with both, anyone looks the certificate up
            return new DocumentRenderer.Document("电子证照 " + content.path("title").asText(), c.id, c.verificationCode,
                    List.of("持证主体：" + content.path("holder").asText(),
                            "证照名称：" + content.path("title").asText(),
                            "办理事项：" + content.path("itemName").asText() + "（" + content.path("itemCode").asText() + "）",
                            "发证部门：" + content.path("issuer").asText(),
                            "签发时间：" + content.path("issuedAt").asText(),
                            "数字签名（" + algorithmOf(c).stored() + "，密钥 " + c.kid + "）：" + c.signature,
                            "扫描右下角二维码或访问以下地址核验真伪：", verifyUrl(c)),
                    List.of("电子证照 Electronic certificate"), verifyUrl(c));
        }).emitOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()).map(renderer::render);
    }

    /**
     * The answer to a verification: the certificate's public view, and its JWS (for one issued since certificates have
     * one) — for whoever presented its content, so nothing they do not hold already.
     */
    public record Verification(boolean valid, String reasonZh, String reasonEn, Map<String, Object> certificate, String jws) {
    }

    /**
     * The algorithm certificate {@code c} was signed with, read from its JWS: those issued before the JWS were all
     * Ed25519, the only algorithm there was.
     */
    static SignatureAlgorithm algorithmOf(ECertificate c) {
        return c.jws == null ? SignatureAlgorithm.ED25519
                : Jws.algorithmOf(c.jws).flatMap(SignatureAlgorithm::ofJwsName).orElse(SignatureAlgorithm.ED25519);
    }

    /** Runs inside the inbox transaction of an approval. */
    public Uni<ECertificate> issue(CaseDecided decided) {
        return keys.active().flatMap(key -> {
            var now = clock.instant();
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("certificateId", "EC-" + decided.caseId());
            content.put("caseId", decided.caseId());
            content.put("kind", decided.resultKind());
            content.put("title", decided.resultTitle());
            content.put("holder", decided.applicantName());
            content.put("itemCode", decided.itemCode());
            content.put("itemName", decided.itemName());
            content.put("issuer", decided.departmentCode());
            content.put("decidedAt", decided.decidedAt().toString());
            content.put("issuedAt", now.toString());
            content.put("kid", key.kid);
            var c = new ECertificate();
            c.id = "EC-" + decided.caseId();
            c.caseId = decided.caseId();
            c.kid = key.kid;
            c.payload = write(content);
            var signer = keys.signer(key);
            c.signature = signer.signDetached(c.payload);
            c.jws = Jws.sign(CertificateKeys.algorithm(key), key.kid, c.payload, signer);
            c.issuedAt = now;
            c.verificationCode = VerificationCodes.next();
            return c.persist();
        });
    }

    @WithSession
    public Uni<ECertificate> forCase(String caseId) {
        return ECertificate.<ECertificate>find("caseId", caseId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("电子证照 e-certificate", caseId));
    }

    /**
     * Verifies a presented certificate in the form certificates always had (its JSON and the detached signature):
     * signature by a known key, and issued here and not revoked.
     */
    @WithSession
    public Uni<Verification> verify(String payload, String signature) {
        Optional<JsonNode> content = read(payload);
        if (content.isEmpty()) {
            return Uni.createFrom().item(invalid("证照内容不是有效的JSON", "The payload is not valid JSON"));
        }
        return SigningKey.<SigningKey>findById(content.get().path("kid").asText("")).flatMap(key -> {
            if (key == null) {
                return Uni.createFrom().item(UNKNOWN_KEY);
            }
            if (!keys.verifier(key).verifyDetached(payload, signature)) {
                return Uni.createFrom().item(ALTERED);
            }
            return standing(content.get());
        });
    }

    /**
     * Verifies a presented JWS: its {@code kid} names a key of this hall, its {@code alg} is that key's, its
     * signature holds, and the certificate its payload names was issued here and is not revoked.
     */
    @WithSession
    public Uni<Verification> verifyJws(String compact) {
        Optional<Jws.Parsed> parsed = Jws.parse(compact);
        if (parsed.isEmpty()) {
            return Uni.createFrom().item(invalid("不是有效的JWS（紧凑序列化，头部须含alg和kid）",
                    "Not a JWS in compact serialisation with alg and kid in its header"));
        }
        Jws.Parsed jws = parsed.get();
        return SigningKey.<SigningKey>findById(jws.kid()).flatMap(key -> {
            if (key == null) {
                return Uni.createFrom().item(UNKNOWN_KEY);
            }
            SignatureAlgorithm algorithm = CertificateKeys.algorithm(key);
            if (!algorithm.jwsName().equals(jws.alg())) {
                // the key decides the algorithm, never the header (RFC 8725 §3.1); the presented alg is not echoed
                return Uni.createFrom().item(invalid("JWS头部的算法（alg）不是其签名密钥的算法（" + algorithm.jwsName() + "）",
                        "The JWS header's alg is not its signing key's algorithm (" + algorithm.jwsName() + ")"));
            }
            if (!Jws.verify(jws, algorithm, keys.verifier(key))) {
                return Uni.createFrom().item(ALTERED);
            }
            Optional<JsonNode> content = read(jws.payload());
            return content.isEmpty() ? Uni.createFrom().item(invalid("证照内容不是有效的JSON", "The payload is not valid JSON"))
                    : standing(content.get());
        });
    }

    private static final Verification UNKNOWN_KEY = invalid("签名密钥未知", "Unknown signing key");
    private static final Verification ALTERED = invalid("签名校验失败：证照内容或签名被改动",
            "Signature check failed: the content or the signature was altered");

    /** What the hall knows of a certificate whose signature holds: issued here, revoked or in force. */
    private Uni<Verification> standing(JsonNode content) {
        return ECertificate.<ECertificate>findById(content.path("certificateId").asText("")).map(c -> {
            if (c == null) {
                return invalid("本中心未签发该证照", "No such certificate was issued here");
            }
            if (c.revokedAt != null) {
                return new Verification(false, "该证照已于" + c.revokedAt + "注销", "Revoked at " + c.revokedAt, publicView(c), c.jws);
            }
            return new Verification(true, "证照真实有效", "Authentic and in force", publicView(c), c.jws);
        });
    }

    private Optional<JsonNode> read(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node == null || !node.isObject() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * The public view of certificate {@code id}, for whoever holds its verification code (printed on it, in its
     * QR link). An unknown number and a wrong code get the same 404, found by the same query: the answer does
     * not tell which certificates exist.
     */
    @WithSession
    public Uni<Map<String, Object>> publicView(String id, String code) {
        String given = VerificationCodes.normalise(code);
        Uni<ECertificate> found = given == null ? Uni.createFrom().nullItem()
                : ECertificate.<ECertificate>find("id = ?1 and verificationCode = ?2", id, given).firstResult();
        return found.onItem().ifNull().failWith(() -> new ProblemException(404, "no-such-certificate",
                        "未找到该电子证照，或核验码不符（请核对证照编号和证照上的核验码）",
                        "No such certificate, or the verification code does not match (check the number and the code printed on it)"))
                .map(this::publicView);
    }

    /** What a verifier may see: no case file, no identity number; the holder's name partly masked. */
    Map<String, Object> publicView(ECertificate c) {
        JsonNode content;
        try {
            content = json.readTree(c.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored certificate " + c.id + " unreadable", e);
        }
        String holder = content.path("holder").asText();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("certificateId", c.id);
        view.put("title", content.path("title").asText());
        view.put("kind", content.path("kind").asText());
        view.put("holder", holder.length() <= 1 ? holder : holder.charAt(0) + "*".repeat(Math.min(holder.length() - 1, 8)));
        view.put("issuer", content.path("issuer").asText());
        view.put("issuedAt", c.issuedAt);
        view.put("status", c.revokedAt == null ? "VALID" : "REVOKED");
        return view;
    }

    private static Verification invalid(String zh, String en) {
        return new Verification(false, zh, en, null, null);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
