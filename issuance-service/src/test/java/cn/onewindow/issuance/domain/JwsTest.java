package cn.onewindow.issuance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/**
 * The certificates' JWS (RFC 7515 compact) and JWK (RFC 8037) are the standard ones: jose4j, a JOSE library that shares
 * no code with ours, verifies what we make with the key as our JWK gives it, and what it makes verifies here; a changed
 * payload or a key of another algorithm fails; malformed text is refused, never half read.
 */
class JwsTest {
    static final String PAYLOAD = "{\"certificateId\":\"EC-DX-20261123-000001\",\"title\":\"营业执照\",\"holder\":\"廊坊临空科技有限公司\",\"kid\":\"k-1\"}";
    static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    static SignatureAlgorithm.KeyText ed = SignatureAlgorithm.ED25519.generate();

    static String jws(String kid) {
        return Jws.sign(SignatureAlgorithm.ED25519, kid, PAYLOAD, SignatureAlgorithm.ED25519.signer(ed.privateKey()));
    }

    static JsonWebSignature jose4j(String compact, JsonWebKey key) throws Exception {
        var jws = new JsonWebSignature();
        jws.setCompactSerialization(compact);
        jws.setKey(key.getKey());
        return jws;
    }

    @Test
    void anEdDsaJwsVerifiesWithJose4jAndTheKeyAsOurJwkGivesIt() throws Exception {
        String compact = jws("k-1");
        JsonWebKey key = JsonWebKey.Factory.newJwk(Jwks.ed25519("k-1", ed.publicKey()));
        assertThat(key.getKeyType()).isEqualTo("OKP");
        var jws = jose4j(compact, key);
        assertThat(jws.verifySignature()).isTrue();
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo(AlgorithmIdentifiers.EDDSA);
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo("k-1");
        assertThat(jws.getPayload()).isEqualTo(PAYLOAD); // the stored JSON, byte for byte

        // the payload changed, the signature kept: jose4j refuses it, and so do we
        String[] parts = compact.split("\\.");
        String changed = parts[0] + "." + B64URL.encodeToString(PAYLOAD.replace("廊坊", "北京").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(jose4j(changed, key).verifySignature()).isFalse();
        var verifier = SignatureAlgorithm.ED25519.verifier(ed.publicKey());
        assertThat(Jws.verify(Jws.parse(compact).orElseThrow(), SignatureAlgorithm.ED25519, verifier)).isTrue();
        assertThat(Jws.verify(Jws.parse(changed).orElseThrow(), SignatureAlgorithm.ED25519, verifier)).isFalse();
        // another key with the same kid
        JsonWebKey other = JsonWebKey.Factory.newJwk(Jwks.ed25519("k-1", SignatureAlgorithm.ED25519.generate().publicKey()));
        assertThat(jose4j(compact, other).verifySignature()).isFalse();
    }

    @Test
    void aJwsJose4jMadeVerifiesHere() throws Exception {
        var jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.EDDSA);
        jws.setKeyIdHeaderValue("k-2");
        jws.setPayload(PAYLOAD);
        jws.setKey(Signatures.privateKey(ed.privateKey()));
        Jws.Parsed parsed = Jws.parse(jws.getCompactSerialization()).orElseThrow();
        assertThat(parsed.kid()).isEqualTo("k-2");
        assertThat(parsed.payload()).isEqualTo(PAYLOAD);
        assertThat(Jws.verify(parsed, SignatureAlgorithm.ED25519, SignatureAlgorithm.ED25519.verifier(ed.publicKey()))).isTrue();
    }

    @Test
    void theJwkIsAnOkpKeyWithItsKidAndNoPrivatePart() {
        Map<String, Object> jwk = Jwks.ed25519("k-3", ed.publicKey());
        assertThat(jwk).containsEntry("kty", "OKP").containsEntry("crv", "Ed25519").containsEntry("kid", "k-3")
                .containsEntry("use", "sig").containsEntry("alg", "EdDSA").doesNotContainKey("d");
        // x is the key's 32 bytes: the X.509 form ends with them
        byte[] x = Base64.getUrlDecoder().decode((String) jwk.get("x"));
        byte[] spki = Base64.getDecoder().decode(ed.publicKey());
        assertThat(x).hasSize(32).isEqualTo(java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    @Test
    void theAlgorithmMustBeTheKeysOwn() {
        Jws.Parsed parsed = Jws.parse(jws("k-1")).orElseThrow();
        var sm2 = SignatureAlgorithm.SM2.generate();
        assertThat(Jws.verify(parsed, SignatureAlgorithm.SM2, SignatureAlgorithm.SM2.verifier(sm2.publicKey()))).isFalse();
        // the header's alg is read, not assumed: the same signature under another alg name fails
        String[] parts = jws("k-1").split("\\.");
        String renamed = B64URL.encodeToString("{\"alg\":\"HS256\",\"kid\":\"k-1\"}".getBytes(StandardCharsets.UTF_8));
        Jws.Parsed relabelled = Jws.parse(renamed + "." + parts[1] + "." + parts[2]).orElseThrow();
        assertThat(relabelled.alg()).isEqualTo("HS256");
        assertThat(Jws.verify(relabelled, SignatureAlgorithm.ED25519, SignatureAlgorithm.ED25519.verifier(ed.publicKey()))).isFalse();
    }

    /**
     * The key decides the algorithm, never the header (RFC 8725 §3.1): a JWS whose signature the kid's key really made
     * over exactly these bytes, but whose header names the other algorithm, is refused — by the name alone, as the
     * signature itself holds.
     */
    @Test
    void aGoodSignatureUnderTheOtherAlgorithmsNameIsRefused() {
        // the Ed25519 key signed it, the header says SM2SM3
        var edVerifier = SignatureAlgorithm.ED25519.verifier(ed.publicKey());
        Jws.Parsed asSm2 = Jws.parse(Jws.sign(SignatureAlgorithm.SM2, "k-1", PAYLOAD,
                SignatureAlgorithm.ED25519.signer(ed.privateKey()))).orElseThrow();
        assertThat(asSm2.alg()).isEqualTo(SignatureAlgorithm.SM2_JWS_NAME);
        assertThat(edVerifier.verifyJws(asSm2.signingInput(), asSm2.signature())).as("the signature itself holds").isTrue();
        assertThat(Jws.verify(asSm2, SignatureAlgorithm.ED25519, edVerifier)).isFalse();

        // an SM2 key signed it, the header says EdDSA
        var sm2 = SignatureAlgorithm.SM2.generate();
        var sm2Verifier = SignatureAlgorithm.SM2.verifier(sm2.publicKey());
        var sm2Signer = SignatureAlgorithm.SM2.signer(sm2.privateKey());
        Jws.Parsed asEdDsa = Jws.parse(Jws.sign(SignatureAlgorithm.ED25519, "k-sm2", PAYLOAD, sm2Signer)).orElseThrow();
        assertThat(asEdDsa.alg()).isEqualTo("EdDSA");
        assertThat(sm2Verifier.verifyJws(asEdDsa.signingInput(), asEdDsa.signature())).as("the signature itself holds").isTrue();
        assertThat(Jws.verify(asEdDsa, SignatureAlgorithm.SM2, sm2Verifier)).isFalse();

        // under their own names the same keys' signatures verify: only the name was wrong
        assertThat(Jws.verify(Jws.parse(jws("k-1")).orElseThrow(), SignatureAlgorithm.ED25519, edVerifier)).isTrue();
        assertThat(Jws.verify(Jws.parse(Jws.sign(SignatureAlgorithm.SM2, "k-sm2", PAYLOAD, sm2Signer)).orElseThrow(),
                SignatureAlgorithm.SM2, sm2Verifier)).isTrue();
    }

    @Test
    void aKidIsWrittenAsJsonWhateverItHolds() throws Exception {
        String kid = "hall \"A\"\\键\n";
        String compact = Jws.sign(SignatureAlgorithm.ED25519, kid, PAYLOAD, SignatureAlgorithm.ED25519.signer(ed.privateKey()));
        assertThat(Jws.parse(compact).orElseThrow().kid()).isEqualTo(kid);
        assertThat(jose4j(compact, JsonWebKey.Factory.newJwk(Jwks.ed25519(kid, ed.publicKey()))).getKeyIdHeaderValue()).isEqualTo(kid);
    }

    @Test
    void anythingButACompactJwsWithAlgAndKidIsRefused() {
        String good = jws("k-1");
        String[] p = good.split("\\.");
        String header = "{\"alg\":\"EdDSA\",\"kid\":\"k-1\"}";
        List<String> bad = List.of("", "a.b", good + ".x", p[0] + "." + p[1], p[0] + "=." + p[1] + "." + p[2],
                p[0] + "." + p[1] + "." + p[2] + "=", p[0] + ".." + p[2] + "!", "!!." + p[1] + "." + p[2],
                enc("not json") + "." + p[1] + "." + p[2],
                enc("[1]") + "." + p[1] + "." + p[2],
                enc("{\"alg\":\"EdDSA\"}") + "." + p[1] + "." + p[2],
                enc("{\"kid\":\"k-1\"}") + "." + p[1] + "." + p[2],
                enc("{\"alg\":\"EdDSA\",\"kid\":7}") + "." + p[1] + "." + p[2],
                enc("{\"alg\":\"EdDSA\",\"kid\":\"k-1\",\"crit\":[\"exp\"]}") + "." + p[1] + "." + p[2],
                enc(header) + "." + B64URL.encodeToString(new byte[] {(byte) 0xC3, 0x28}) + "." + p[2],
                enc(header) + "." + p[1] + ".", "a".repeat(Jws.MAX_LENGTH + 1));
        for (String text : bad) {
            assertThat(Jws.parse(text)).as(text.length() > 80 ? text.substring(0, 80) : text).isEmpty();
        }
        assertThat(Jws.parse(null)).isEmpty();
        assertThat(Jws.parse(good)).isPresent();
    }

    static String enc(String s) {
        return B64URL.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
