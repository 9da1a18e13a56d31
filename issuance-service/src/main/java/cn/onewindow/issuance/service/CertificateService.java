package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.contracts.events.CertificateIssued;
import cn.onewindow.contracts.events.CertificateRevoked;
import cn.onewindow.contracts.vocabulary.RevocationSource;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.documents.DocumentRenderer;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.issuance.domain.Jws;
import cn.onewindow.issuance.domain.SignatureAlgorithm;
import cn.onewindow.issuance.domain.VerificationCodes;
import cn.onewindow.issuance.model.CatalogueValidity;
import cn.onewindow.issuance.model.ECertificate;
import cn.onewindow.issuance.model.SigningKey;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Electronic certificates (电子证照): every approved result is also issued as JSON signed with the
 * active key (Ed25519, or SM2 with SM3 where the hall chose it: {@link CertificateKeys}), so later applicants and
 * other departments can rely on it without paper. Each is signed twice over the same JSON: as a JWS (RFC 7515,
 * compact), which any JOSE library verifies with the public key set, and with the detached signature certificates had
 * before, which the verification by payload and signature and the printed certificate use. Certificates issued
 * before the JWS keep only the latter, and verify as they always did (docs/e-certificates.md).
 * Anyone can verify one without logging in; the public view shows only what a verifier may see.
 * <p>
 * A certificate stands until its expiry ({@code validUntil}: its issue plus the item version's {@code resultValidYears};
 * none when the item sets none) or its revocation (吊销/撤销, {@link #revoke}); an expired or revoked one never verifies
 * as valid. Both its issue and its revocation are announced ({@link CertificateIssued}, {@link CertificateRevoked}) in
 * the transaction that makes them, for intake's copy (证照自动引用, docs/e-certificates.md).
 */
@ApplicationScoped
public class CertificateService {
    private final Clock clock;
    private final ObjectMapper json;
    private final DocumentRenderer renderer;
    private final String publicBase;
    private final CertificateKeys keys;
    private final Outbox outbox;

    public CertificateService(Clock clock, ObjectMapper json,
                              @ConfigProperty(name = "onewindow.documents.font") String font,
                              @ConfigProperty(name = "onewindow.public-base-url") String publicBase,
                              CertificateKeys keys, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
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
                            "有效期至：" + content.path("validUntil").asText("长期"),
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

    /**
     * Runs inside the inbox transaction of an approval: signs the certificate and announces it. Its validity is the
     * item version's in force at the decision; an item whose catalogue has not reached this service yet, or that sets
     * none, gives a certificate without expiry.
     */
    public Uni<ECertificate> issue(CaseDecided decided) {
        return CatalogueValidity.inForce(decided.itemCode(), decided.decidedAt())
                .flatMap(validity -> issue(decided, validity == null ? null : validity.resultValidYears));
    }

    private Uni<ECertificate> issue(CaseDecided decided, Integer validYears) {
        return keys.active().flatMap(key -> {
            // as the database keeps it: the signed JSON, the row and the event then say the same instants
            var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            // years on the hall's calendar (a certificate issued on 29 February runs to 28 February)
            Instant validUntil = validYears == null ? null : now.atZone(clock.getZone()).plusYears(validYears).toInstant();
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
            if (validUntil != null) {
                content.put("validUntil", validUntil.toString()); // signed with the rest: the expiry cannot be altered
            }
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
            c.validUntil = validUntil;
            c.departmentCode = decided.departmentCode();
            c.itemCode = decided.itemCode();
            c.verificationCode = VerificationCodes.next();
            return c.<ECertificate>persist().call(() -> outbox.publish(new CertificateIssued(c.caseId, c.id, c.itemCode,
                    c.departmentCode, c.issuedAt, c.validUntil)));
        });
    }

    /** What a revocation answers, the first time and every time after: the revocation that stands. */
    public record Revocation(String certificateId, String caseId, String status, String reason, RevocationSource source,
                             Instant revokedAt, String revokedBy) {
        static Revocation of(ECertificate c) {
            return new Revocation(c.id, c.caseId, "REVOKED", c.revocationReason,
                    c.revocationSource == null ? null : RevocationSource.valueOf(c.revocationSource), c.revokedAt,
                    c.revokedByName);
        }
    }

    /**
     * The issuing department revokes its certificate (吊销/撤销, REST: its reviewer, chief representative or system).
     * Another department's certificate is answered as one that does not exist, as approval answers another
     * department's case (#20, item 10).
     */
    @WithTransaction
    public Uni<Revocation> revokeByDepartment(String certificateId, String reason, Actor actor) {
        return ECertificate.<ECertificate>findById(certificateId).flatMap(c -> {
            if (c == null || actor.department() == null || !actor.department().equals(c.departmentCode)) {
                return Uni.createFrom().failure(ProblemException.notFound("电子证照 e-certificate", certificateId));
            }
            return revoke(c, reason, RevocationSource.DEPARTMENT_DECISION, actor);
        });
    }

    /**
     * Revokes certificate {@code certificateId} for {@code source} (no department check: for a caller that acts on the
     * hall's own findings, e.g. a commitment found false). Idempotent: a certificate already revoked keeps its first
     * revocation, which is answered again; nothing changes and nothing is announced. 404 for an unknown certificate.
     * Joins the caller's transaction (an inbox transaction) when there is one.
     */
    @WithTransaction
    public Uni<Revocation> revoke(String certificateId, String reason, RevocationSource source, Actor actor) {
        return ECertificate.<ECertificate>findById(certificateId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("电子证照 e-certificate", certificateId))
                .flatMap(c -> revoke(c, reason, source, actor));
    }

    /**
     * As {@link #revoke(String, String, RevocationSource, Actor)}, for the certificate of case {@code caseId}; a null
     * item when the case has none (it was not approved, or the decision has not reached issuance).
     */
    @WithTransaction
    public Uni<Revocation> revokeForCase(String caseId, String reason, RevocationSource source, Actor actor) {
        return ECertificate.<ECertificate>find("caseId", caseId).firstResult()
                .flatMap(c -> c == null ? Uni.createFrom().nullItem() : revoke(c, reason, source, actor));
    }

    private Uni<Revocation> revoke(ECertificate c, String reason, RevocationSource source, Actor actor) {
        if (reason == null || reason.isBlank() || reason.length() > 500 || source == null) {
            return Uni.createFrom().failure(ProblemException.invalid("revocation-reason", "吊销/撤销电子证照须写明理由（500字以内）",
                    "A revocation needs a reason (at most 500 characters)"));
        }
        if (c.revokedAt != null) {
            return Uni.createFrom().item(Revocation.of(c));
        }
        // read again under the row's lock, so two revocations at once make one: the second waits, then finds the first
        // (a refresh: the session already holds the row as it was read before the lock)
        return io.quarkus.hibernate.reactive.panache.Panache.getSession()
                .flatMap(s -> s.refresh(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)).replaceWith(c).flatMap(locked -> {
            if (locked.revokedAt != null) {
                return Uni.createFrom().item(Revocation.of(locked));
            }
            locked.revokedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored: answered again
            locked.revocationReason = reason.strip();
            locked.revocationSource = source.name();
            locked.revokedById = actor.userId();
            locked.revokedByName = actor.name();
            locked.revokedByPost = actor.post();
            return outbox.publish(new CertificateRevoked(locked.caseId, locked.id, locked.revocationReason, source,
                    locked.revokedAt, actor)).replaceWith(() -> Revocation.of(locked));
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

    /** What the hall knows of a certificate whose signature holds: issued here, revoked, expired or in force. */
    private Uni<Verification> standing(JsonNode content) {
        return ECertificate.<ECertificate>findById(content.path("certificateId").asText("")).map(c -> {
            if (c == null) {
                return invalid("本中心未签发该证照", "No such certificate was issued here");
            }
            if (c.revokedAt != null) {
                return new Verification(false, "该证照已于" + c.revokedAt + "吊销/撤销：" + c.revocationReason,
                        "Revoked at " + c.revokedAt + ": " + c.revocationReason, publicView(c), c.jws);
            }
            if (expired(c)) {
                return new Verification(false, "该证照已于" + c.validUntil + "过期", "Expired at " + c.validUntil, publicView(c), c.jws);
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
        view.put("validUntil", c.validUntil);
        view.put("status", status(c));
        if (c.revokedAt != null) {
            // the reason is the department's public decision; who revoked it is not a verifier's business
            view.put("revokedAt", c.revokedAt);
            view.put("revocationReason", c.revocationReason);
        }
        return view;
    }

    /** REVOKED, EXPIRED or VALID, now: a revocation outweighs an expiry (it says more). */
    public String status(ECertificate c) {
        return c.revokedAt != null ? "REVOKED" : expired(c) ? "EXPIRED" : "VALID";
    }

    private boolean expired(ECertificate c) {
        return c.validUntil != null && !clock.instant().isBefore(c.validUntil);
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
