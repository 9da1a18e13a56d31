package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.documents.DocumentRenderer;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.issuance.domain.Signatures;
import cn.onewindow.issuance.domain.VerificationCodes;
import cn.onewindow.issuance.model.ECertificate;
import cn.onewindow.issuance.model.SigningKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Electronic certificates (电子证照): every approved result is also issued as JSON signed with the
 * active Ed25519 key, so later applicants and other departments can rely on it without paper.
 * Anyone can verify one without logging in; the public view shows only what a verifier may see.
 */
@ApplicationScoped
public class CertificateService {
    private final Clock clock;
    private final ObjectMapper json;
    private final DocumentRenderer renderer;
    private final String publicBase;
    private final java.util.Optional<String> configuredKid;
    private final java.util.Optional<String> configuredPrivate;
    private final java.util.Optional<String> configuredPublic;
    /** Decoded private keys by key id (a few per deployment's lifetime). */
    private final Map<String, Signatures.Signer> signers = new ConcurrentHashMap<>();

    public CertificateService(Clock clock, ObjectMapper json,
                              @ConfigProperty(name = "onewindow.documents.font") String font,
                              @ConfigProperty(name = "onewindow.public-base-url") String publicBase,
                              CertificateKeySettings configured) {
        this.clock = clock;
        this.json = json;
        this.configuredKid = configured.keyId();
        this.configuredPrivate = configured.privateKey();
        this.configuredPublic = configured.publicKey();
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
                            "数字签名（Ed25519，密钥 " + c.kid + "）：" + c.signature,
                            "扫描右下角二维码或访问以下地址核验真伪：", verifyUrl(c)),
                    List.of("电子证照 Electronic certificate"), verifyUrl(c));
        }).emitOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()).map(renderer::render);
    }

    public record Verification(boolean valid, String reasonZh, String reasonEn, Map<String, Object> certificate) {
    }

    public record KeyView(String kid, String algorithm, String publicKey, Instant createdAt, Instant retiredAt) {
        static KeyView of(SigningKey k) {
            return new KeyView(k.kid, k.algorithm, k.publicKey, k.createdAt, k.retiredAt);
        }
    }

    /** Runs inside the inbox transaction of an approval. */
    public Uni<ECertificate> issue(CaseDecided decided) {
        return activeKey().flatMap(key -> {
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
            c.signature = signerOf(key).sign(c.payload);
            c.issuedAt = now;
            c.verificationCode = VerificationCodes.next();
            return c.persist();
        });
    }

    /**
     * The key's private half, read from its PKCS#8 text once per key id: a key id names one key pair for ever
     * (rotation makes a new id), and decoding it again for every certificate showed in the profile.
     */
    private Signatures.Signer signerOf(SigningKey key) {
        return signers.computeIfAbsent(key.kid, kid -> Signatures.signer(Signatures.privateKey(key.privateKey)));
    }

    /**
     * The active key. The first one comes from the configuration (the key store's Ed25519 pair, base64
     * PKCS#8 and X.509) when given, else it is made on first use (the local run); later ones by rotation.
     */
    Uni<SigningKey> activeKey() {
        return SigningKey.<SigningKey>find("retiredAt is null").firstResult()
                .flatMap(k -> k != null ? Uni.createFrom().item(k) : configuredKey().orElseGet(() -> newKey(clock.instant())));
    }

    private java.util.Optional<Uni<SigningKey>> configuredKey() {
        if (configuredKid.isEmpty() || configuredPrivate.isEmpty() || configuredPublic.isEmpty()) {
            return java.util.Optional.empty();
        }
        String probe = "onewindow-key-check";
        if (!Signatures.verify(Signatures.publicKey(configuredPublic.get()), probe,
                Signatures.sign(Signatures.privateKey(configuredPrivate.get()), probe))) {
            throw new IllegalStateException("the configured certificate keys are not one Ed25519 pair");
        }
        var k = new SigningKey();
        k.kid = configuredKid.get();
        k.algorithm = Signatures.ALGORITHM;
        k.publicKey = configuredPublic.get();
        k.privateKey = configuredPrivate.get();
        k.createdAt = clock.instant();
        return java.util.Optional.of(k.persist());
    }

    private Uni<SigningKey> newKey(Instant now) {
        var pair = Signatures.generate();
        var k = new SigningKey();
        k.kid = "k-" + now.toEpochMilli();
        k.algorithm = Signatures.ALGORITHM;
        k.publicKey = Signatures.encode(pair.getPublic());
        k.privateKey = Signatures.encode(pair.getPrivate());
        k.createdAt = now;
        return k.persist();
    }

    /** Retires the active key and makes a new one: what the old one signed still verifies. */
    @WithTransaction
    public Uni<KeyView> rotate() {
        Instant now = clock.instant();
        return SigningKey.<SigningKey>list("retiredAt is null").flatMap(active -> {
            active.forEach(k -> k.retiredAt = now);
            return Panache.getSession().flatMap(s -> s.flush()).flatMap(x -> newKey(now)).map(KeyView::of);
        });
    }

    @WithSession
    public Uni<List<KeyView>> keys() {
        return SigningKey.<SigningKey>list("order by createdAt").map(l -> l.stream().map(KeyView::of).toList());
    }

    @WithSession
    public Uni<ECertificate> forCase(String caseId) {
        return ECertificate.<ECertificate>find("caseId", caseId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("电子证照 e-certificate", caseId));
    }

    /** Verifies a presented certificate: signature by a known key, and issued here and not revoked. */
    @WithSession
    public Uni<Verification> verify(String payload, String signature) {
        JsonNode content;
        try {
            content = json.readTree(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item(invalid("证照内容不是有效的JSON", "The payload is not valid JSON"));
        }
        String kid = content.path("kid").asText("");
        String id = content.path("certificateId").asText("");
        return SigningKey.<SigningKey>findById(kid).flatMap(key -> {
            if (key == null) {
                return Uni.createFrom().item(invalid("签名密钥未知", "Unknown signing key"));
            }
            if (!Signatures.verify(Signatures.publicKey(key.publicKey), payload, signature)) {
                return Uni.createFrom().item(invalid("签名校验失败：证照内容或签名被改动", "Signature check failed: the content or the signature was altered"));
            }
            return ECertificate.<ECertificate>findById(id).map(c -> {
                if (c == null) {
                    return invalid("本中心未签发该证照", "No such certificate was issued here");
                }
                if (c.revokedAt != null) {
                    return new Verification(false, "该证照已于" + c.revokedAt + "注销", "Revoked at " + c.revokedAt, publicView(c));
                }
                return new Verification(true, "证照真实有效", "Authentic and in force", publicView(c));
            });
        });
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
        return new Verification(false, zh, en, null);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
