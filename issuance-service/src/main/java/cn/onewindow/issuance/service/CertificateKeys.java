package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.issuance.domain.CertificateSigner;
import cn.onewindow.issuance.domain.CertificateVerifier;
import cn.onewindow.issuance.domain.Jwks;
import cn.onewindow.issuance.domain.SignatureAlgorithm;
import cn.onewindow.issuance.model.SigningKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The certificate signing keys: the one not retired signs, every one verifies what it signed. Each key has its
 * algorithm ({@link SignatureAlgorithm}); a rotation makes a key of the configured algorithm or of the one it names,
 * so a hall moves from Ed25519 to SM2 (or back) by rotating, and what the old keys signed still verifies.
 */
@ApplicationScoped
public class CertificateKeys {
    private final Clock clock;
    private final CertificateKeySettings settings;
    /**
     * Decoded keys by key id (a few per deployment's lifetime): a key id names one key pair for ever (rotation makes
     * a new id), and decoding the private key again for every certificate showed in the profile.
     */
    private final Map<String, CertificateSigner> signers = new ConcurrentHashMap<>();
    private final Map<String, CertificateVerifier> verifiers = new ConcurrentHashMap<>();

    public CertificateKeys(Clock clock, CertificateKeySettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public static SignatureAlgorithm algorithm(SigningKey key) {
        return SignatureAlgorithm.ofStored(key.algorithm);
    }

    public CertificateSigner signer(SigningKey key) {
        return signers.computeIfAbsent(key.kid, kid -> algorithm(key).signer(key.privateKey));
    }

    public CertificateVerifier verifier(SigningKey key) {
        return verifiers.computeIfAbsent(key.kid, kid -> algorithm(key).verifier(key.publicKey));
    }

    /**
     * The active key, in the caller's transaction. The first one comes from the configuration (the key store's pair,
     * base64 PKCS#8 and X.509, of the configured algorithm) when given, else it is made on first use (the local run);
     * later ones by rotation.
     */
    Uni<SigningKey> active() {
        return SigningKey.<SigningKey>find("retiredAt is null").firstResult()
                .flatMap(k -> k != null ? Uni.createFrom().item(k)
                        : configured().orElseGet(() -> create(settings.algorithm(), clock.instant())));
    }

    private Optional<Uni<SigningKey>> configured() {
        if (settings.keyId().isEmpty() || settings.privateKey().isEmpty() || settings.publicKey().isEmpty()) {
            return Optional.empty();
        }
        SignatureAlgorithm algorithm = settings.algorithm();
        var keys = new SignatureAlgorithm.KeyText(settings.publicKey().get(), settings.privateKey().get());
        if (!algorithm.isPair(keys)) {
            throw new IllegalStateException("the configured certificate keys are not one " + algorithm.stored() + " pair");
        }
        return Optional.of(persist(settings.keyId().get(), algorithm, keys, clock.instant()));
    }

    private Uni<SigningKey> create(SignatureAlgorithm algorithm, Instant now) {
        return persist("k-" + now.toEpochMilli(), algorithm, algorithm.generate(), now);
    }

    private static Uni<SigningKey> persist(String kid, SignatureAlgorithm algorithm, SignatureAlgorithm.KeyText keys, Instant now) {
        var k = new SigningKey();
        k.kid = kid;
        k.algorithm = algorithm.stored();
        k.publicKey = keys.publicKey();
        k.privateKey = keys.privateKey();
        k.createdAt = now;
        return k.persist();
    }

    /**
     * Retires the active key and makes a new one, of {@code algorithm} or (none named) the configured one: what the
     * old one signed still verifies.
     */
    @WithTransaction
    public Uni<SigningKey> rotate(Optional<SignatureAlgorithm> algorithm) {
        Instant now = clock.instant();
        return SigningKey.<SigningKey>list("retiredAt is null").flatMap(active -> {
            active.forEach(k -> k.retiredAt = now);
            return Panache.getSession().flatMap(s -> s.flush()).flatMap(x -> create(algorithm.orElse(settings.algorithm()), now));
        });
    }

    /** Every key, oldest first. */
    @WithSession
    public Uni<List<SigningKey>> all() {
        return SigningKey.<SigningKey>list("order by createdAt");
    }

    /**
     * The public key set (RFC 7517 §5) for verifying the certificates' JWS with any JOSE library: every Ed25519 key,
     * newest first, the retired ones too — a certificate has no end date, so what a retired key signed stays
     * verifiable. SM2 keys are not in it ({@link Jwks}).
     */
    @WithSession
    public Uni<Map<String, Object>> jwks() {
        return SigningKey.<SigningKey>list("algorithm = ?1 order by createdAt desc", SignatureAlgorithm.ED25519.stored())
                .map(keys -> Map.of("keys", keys.stream().map(k -> Jwks.ed25519(k.kid, k.publicKey)).toList()));
    }
}
