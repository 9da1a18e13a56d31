package cn.onewindow.issuance;

import static cn.onewindow.issuance.ECertificateTest.approved;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.OkpJwkGenerator;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.EdDsaKeyUtil;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import cn.onewindow.issuance.domain.Jws;
import cn.onewindow.issuance.domain.SignatureAlgorithm;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * E-certificates others verify with standard tools (#25): each is a JWS whose key is in the public JWK set, so
 * jose4j — a JOSE library that shares no code with the service — verifies it with nothing but the set; a changed
 * payload or a key the set does not hold fails there and here. Certificates from before the JWS keep verifying by
 * their detached signature. An SM2 key (SM2 with SM3) signs what BouncyCastle's SM3withSM2 verifies, and stays out of
 * the JWK set, which no JOSE library could read with it.
 */
@QuarkusTest
class CertificateJwsTest {
    static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    static String rotate(String algorithm) {
        return given().when().post("/api/certificate-keys/rotation?algorithm=" + algorithm).then().statusCode(200)
                .extract().path("kid");
    }

    static JsonPath certificate(String caseId) {
        return given().when().get("/api/issuance/" + caseId + "/certificate").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath verify(Map<String, String> presented) {
        return given().contentType(ContentType.JSON).body(presented).when().post("/api/public/certificates/verification")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The key set as a verifier fetches it: no login. */
    static JsonWebKeySet jwks() throws JoseException {
        return new JsonWebKeySet(given().when().get("/api/public/certificates/jwks.json").then().statusCode(200).extract().asString());
    }

    /** What a verifier does with jose4j: the key by the JWS's kid from the set, then the signature. */
    static boolean jose4jVerifies(String compact, JsonWebKeySet set) throws JoseException {
        var jws = new JsonWebSignature();
        jws.setCompactSerialization(compact);
        JsonWebKey key = new VerificationJwkSelector().select(jws, set.getJsonWebKeys());
        if (key == null) {
            return false; // a kid the set does not hold
        }
        jws.setKey(key.getKey());
        return jws.verifySignature();
    }

    @Test
    @TestSecurity(user = "admin", roles = {"hall-admin", "issuance-clerk"})
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aCertificatesJwsVerifiesWithJose4jAndTheKeyFromTheJwkSet() throws Exception {
        String kid = rotate("ED25519");
        String caseId = approved("营业执照");
        var cert = certificate(caseId);
        String compact = cert.getString("jws");
        assertThat(cert.getString("kid")).isEqualTo(kid);

        JsonWebKeySet set = jwks();
        assertThat(jose4jVerifies(compact, set)).isTrue();
        var jws = new JsonWebSignature();
        jws.setCompactSerialization(compact);
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo(AlgorithmIdentifiers.EDDSA);
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo(kid);
        assertThat(jws.getUnverifiedPayload()).isEqualTo(cert.getString("payload")).contains("廊坊临空科技有限公司", "\"kid\":\"" + kid + "\"");

        // the holder changed, the signature kept: jose4j refuses it, and so does the service
        String[] parts = compact.split("\\.");
        String tampered = parts[0] + "." + B64URL.encodeToString(cert.getString("payload").replace("廊坊临空科技有限公司", "廊坊临空科技有限公可")
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(jose4jVerifies(tampered, set)).isFalse();
        var refused = verify(Map.of("jws", tampered));
        assertThat(refused.getBoolean("valid")).isFalse();
        assertThat(refused.getString("reasonZh")).contains("签名校验失败");
        assertThat(refused.getString("jws")).isNull();

        // a forger's key: under a kid the set does not hold it finds no key; under the hall's kid the signature fails
        var forger = OkpJwkGenerator.generateJwk(EdDsaKeyUtil.ED25519);
        for (String claimedKid : List.of("k-never-issued", kid)) {
            var forged = new JsonWebSignature();
            forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.EDDSA);
            forged.setKeyIdHeaderValue(claimedKid);
            forged.setPayload(cert.getString("payload"));
            forged.setKey(forger.getPrivateKey());
            String text = forged.getCompactSerialization();
            assertThat(jose4jVerifies(text, set)).as(claimedKid).isFalse();
            var answer = verify(Map.of("jws", text));
            assertThat(answer.getBoolean("valid")).as(claimedKid).isFalse();
            assertThat(answer.getString("reasonEn")).as(claimedKid)
                    .isEqualTo(claimedKid.equals(kid) ? "Signature check failed: the content or the signature was altered" : "Unknown signing key");
        }

        // the service verifies the JWS too, and answers the same for either form, the JWS with it
        var byJws = verify(Map.of("jws", compact));
        assertThat(byJws.getBoolean("valid")).isTrue();
        assertThat(byJws.getString("certificate.title")).isEqualTo("营业执照");
        assertThat(byJws.getString("certificate.holder")).isEqualTo("廊********");
        assertThat(byJws.getString("jws")).isEqualTo(compact);
        var byDetached = verify(Map.of("payload", cert.getString("payload"), "signature", cert.getString("signature")));
        assertThat(byDetached.getBoolean("valid")).isTrue();
        assertThat(byDetached.getString("jws")).isEqualTo(compact);

        // after a rotation the set holds both keys: what the retired one signed still verifies with the set alone
        String next = rotate("ED25519");
        JsonWebKeySet later = jwks();
        assertThat(later.findJsonWebKey(next, "OKP", "sig", "EdDSA")).isNotNull();
        assertThat(jose4jVerifies(compact, later)).isTrue();
    }

    @Test
    void theJwkSetIsPublicCacheableAndHoldsOnlyPublicEd25519Keys() throws Exception {
        approved("营业执照"); // a key exists: the first one is made for the first certificate
        var answer = given().when().get("/api/public/certificates/jwks.json").then().statusCode(200)
                .contentType(startsWith("application/jwk-set+json")).header("Cache-Control", equalTo("public, max-age=60"))
                .extract();
        List<Map<String, Object>> keys = answer.jsonPath().getList("keys");
        assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(k).containsEntry("kty", "OKP").containsEntry("crv", "Ed25519")
                .containsEntry("use", "sig").containsEntry("alg", "EdDSA").containsKeys("kid", "x").doesNotContainKey("d"));
        // every Ed25519 key of the hall, retired or not, and nothing else
        assertThat(keys).extracting(k -> (String) k.get("kid")).containsExactlyInAnyOrderElementsOf(
                List.of(Sql.text("select string_agg(kid, ',') from signing_key where algorithm = 'Ed25519'").split(",")));
        // a client asking for plain JSON gets the same set
        given().accept(ContentType.JSON).when().get("/api/public/certificates/jwks.json").then().statusCode(200)
                .contentType(startsWith("application/json")).body("keys.size()", equalTo(keys.size()));
    }

    /**
     * A rotated key signs at once, so a cached set must be cheap to check again: the set has an ETag, the same while the
     * set is, and a request naming it (If-None-Match) gets a 304 without the set; after a rotation the tag is another
     * and the old one gets the new set.
     */
    @Test
    @TestSecurity(user = "admin", roles = "hall-admin")
    void theJwkSetsETagAnswersARevalidationWith304UntilARotation() {
        rotate("ED25519");
        var first = given().when().get("/api/public/certificates/jwks.json").then().statusCode(200).extract();
        String tag = first.header("ETag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{43}\""); // strong: the SHA-256 of the bytes sent
        given().when().get("/api/public/certificates/jwks.json").then().statusCode(200).header("ETag", equalTo(tag));

        var unchanged = given().header("If-None-Match", tag).when().get("/api/public/certificates/jwks.json").then()
                .statusCode(304).header("ETag", equalTo(tag)).header("Cache-Control", equalTo("public, max-age=60")).extract();
        assertThat(unchanged.asByteArray()).isEmpty();
        // another tag, or one of several, as caches send them
        given().header("If-None-Match", "\"not-this-one\"").when().get("/api/public/certificates/jwks.json").then().statusCode(200);
        given().header("If-None-Match", "\"other\", " + tag).when().get("/api/public/certificates/jwks.json").then().statusCode(304);

        String next = rotate("ED25519");
        var after = given().header("If-None-Match", tag).when().get("/api/public/certificates/jwks.json").then().statusCode(200)
                .extract();
        assertThat(after.header("ETag")).isNotEqualTo(tag);
        assertThat(after.jsonPath().getList("keys.kid", String.class)).contains(next);
    }

    /** A certificate from before the JWS (none stored for it) verifies as it always did, by its JSON and signature. */
    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aCertificateWithoutJwsKeepsVerifyingByItsDetachedSignature() {
        String caseId = approved("食品经营许可证");
        assertThat(Sql.execute("update e_certificate set jws = null where case_id = '" + caseId + "'")).isEqualTo(1);
        var cert = certificate(caseId);
        assertThat(cert.getString("jws")).isNull();
        var answer = verify(Map.of("payload", cert.getString("payload"), "signature", cert.getString("signature")));
        assertThat(answer.getBoolean("valid")).isTrue();
        assertThat(answer.getString("jws")).isNull();
        given().when().get("/api/issuance/" + caseId + "/certificate/pdf").then().statusCode(200).contentType("application/pdf");
    }

    @Test
    @TestSecurity(user = "admin", roles = {"hall-admin", "issuance-clerk"})
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void anSm2CertificateVerifiesWithBouncyCastlesSm3WithSm2AndStaysOutOfTheJwkSet() throws Exception {
        String kid = rotate("SM2");
        try {
            String caseId = approved("营业执照");
            var cert = certificate(caseId);
            assertThat(cert.getString("kid")).isEqualTo(kid);
            String publicKey = given().when().get("/api/public/certificates/keys").then().statusCode(200)
                    .body("find { it.kid == '" + kid + "' }.algorithm", equalTo("SM2"))
                    .extract().path("find { it.kid == '" + kid + "' }.publicKey");
            var bc = new BouncyCastleProvider();
            var key = KeyFactory.getInstance("EC", bc).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));

            // the detached signature: SM3withSM2 (GB/T 32918.2, default signer identity), DER
            var s = Signature.getInstance("SM3withSM2", bc);
            s.initVerify(key);
            s.update(cert.getString("payload").getBytes(StandardCharsets.UTF_8));
            assertThat(s.verify(Base64.getDecoder().decode(cert.getString("signature")))).isTrue();

            // the JWS: alg SM2SM3, r‖s over the signing input
            String compact = cert.getString("jws");
            String[] parts = compact.split("\\.");
            assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                    .isEqualTo("{\"alg\":\"SM2SM3\",\"kid\":\"" + kid + "\"}");
            byte[] rs = Base64.getUrlDecoder().decode(parts[2]);
            byte[] der = new DERSequence(new ASN1Integer[] {new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rs, 0, 32))),
                    new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rs, 32, 64)))}).getEncoded();
            s.initVerify(key);
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(s.verify(der)).isTrue();

            // the service verifies both forms
            assertThat(verify(Map.of("jws", compact)).getBoolean("valid")).isTrue();
            assertThat(verify(Map.of("payload", cert.getString("payload"), "signature", cert.getString("signature"))).getBoolean("valid")).isTrue();
            String tampered = parts[0] + "." + B64URL.encodeToString(cert.getString("payload").replace("营业执照", "营业执勝")
                    .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            assertThat(verify(Map.of("jws", tampered)).getBoolean("valid")).isFalse();

            // a standard JOSE library knows no SM2SM3: it refuses rather than says anything of the signature
            JsonWebKeySet set = jwks();
            assertThat(set.findJsonWebKey(kid, null, null, null)).isNull();
            var jose = new JsonWebSignature();
            jose.setCompactSerialization(compact);
            jose.setKey(key);
            assertThatThrownBy(jose::verifySignature).isInstanceOf(JoseException.class);
        } finally {
            rotate("ED25519"); // the next tests sign with Ed25519 again
        }
    }

    /**
     * A JWS that the hall's key really signed, but whose header names the other algorithm, is not the hall's
     * certificate: the key its kid names decides the algorithm, not the header (RFC 8725 §3.1). Both ways: an Ed25519
     * key's signature labelled SM2SM3, an SM2 key's labelled EdDSA.
     */
    @Test
    @TestSecurity(user = "admin", roles = {"hall-admin", "issuance-clerk"})
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aJwsWhoseAlgIsNotItsKeysIsInvalid() {
        String edKid = rotate("ED25519");
        String edPayload = certificate(approved("营业执照")).getString("payload");
        String smKid = rotate("SM2");
        try {
            String smPayload = certificate(approved("营业执照")).getString("payload");
            record Case(String kid, String payload, SignatureAlgorithm keys, SignatureAlgorithm label) {
            }
            for (Case c : List.of(new Case(edKid, edPayload, SignatureAlgorithm.ED25519, SignatureAlgorithm.SM2),
                    new Case(smKid, smPayload, SignatureAlgorithm.SM2, SignatureAlgorithm.ED25519))) {
                var signer = c.keys().signer(Sql.text("select private_key from signing_key where kid = '" + c.kid() + "'"));
                // the control: under its own algorithm's name the same key's JWS is the hall's
                assertThat(verify(Map.of("jws", Jws.sign(c.keys(), c.kid(), c.payload(), signer))).getBoolean("valid"))
                        .as(c.kid()).isTrue();

                String relabelled = Jws.sign(c.label(), c.kid(), c.payload(), signer);
                var parsed = Jws.parse(relabelled).orElseThrow();
                assertThat(parsed.alg()).isEqualTo(c.label().jwsName());
                assertThat(c.keys().verifier(Sql.text("select public_key from signing_key where kid = '" + c.kid() + "'"))
                        .verifyJws(parsed.signingInput(), parsed.signature())).as("the signature itself holds").isTrue();
                var answer = verify(Map.of("jws", relabelled));
                assertThat(answer.getBoolean("valid")).as(c.kid()).isFalse();
                assertThat(answer.getString("reasonZh")).isEqualTo("JWS头部的算法（alg）不是其签名密钥的算法（" + c.keys().jwsName() + "）");
                assertThat(answer.getString("reasonEn")).isEqualTo("The JWS header's alg is not its signing key's algorithm ("
                        + c.keys().jwsName() + ")");
                assertThat((Object) answer.get("certificate")).isNull();
                assertThat(answer.getString("jws")).isNull();
            }
        } finally {
            rotate("ED25519"); // the next tests sign with Ed25519 again
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "hall-admin")
    void anUnknownAlgorithmRotatesNothing() {
        long before = Sql.count("select count(*) from signing_key");
        String active = Sql.text("select kid from signing_key where retired_at is null");
        given().when().post("/api/certificate-keys/rotation?algorithm=RSA").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("unknown-algorithm"))
                .body("detailZh", org.hamcrest.Matchers.containsString("未知的签名算法"));
        assertThat(Sql.count("select count(*) from signing_key")).isEqualTo(before);
        assertThat(Sql.text("select kid from signing_key where retired_at is null")).isEqualTo(active);
    }

    @Test
    void aVerificationTakesOneFormNotBothNorNeither() {
        for (Map<String, String> body : List.of(Map.<String, String>of(), Map.of("payload", "{}"), Map.of("signature", "AAAA"),
                Map.of("jws", "a.b.c", "payload", "{}", "signature", "AAAA"), Map.of("jws", "a.b.c", "signature", "AAAA"))) {
            given().contentType(ContentType.JSON).body(body).when().post("/api/public/certificates/verification").then()
                    .statusCode(400).contentType(startsWith("application/problem+json")).body("code", equalTo("certificate-form"))
                    .body("detailZh", org.hamcrest.Matchers.containsString("二者择一"));
        }
        var notAJws = verify(Map.of("jws", "not-a-jws"));
        assertThat(notAJws.getBoolean("valid")).isFalse();
        assertThat(notAJws.getString("reasonEn")).startsWith("Not a JWS");
    }
}
