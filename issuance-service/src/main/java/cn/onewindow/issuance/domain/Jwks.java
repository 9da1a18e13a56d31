package cn.onewindow.issuance.domain;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public half of an Ed25519 signing key as a JSON Web Key (RFC 7517, RFC 8037 §2): {@code "kty":"OKP",
 * "crv":"Ed25519"}, {@code x} its 32 bytes in base64url, with its key id, {@code "use":"sig"} and
 * {@code "alg":"EdDSA"}. SM2 keys have no JWK form any JOSE library uses (JOSE registers no curve name for SM2), so
 * the key set holds Ed25519 keys only and SM2 keys are published in their X.509 form
 * ({@code GET /api/public/certificates/keys}).
 */
public final class Jwks {
    private Jwks() {
    }

    public static Map<String, Object> ed25519(String kid, String publicKey) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(Signatures.raw(Signatures.publicKey(publicKey))));
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        jwk.put("alg", SignatureAlgorithm.ED25519.jwsName());
        return jwk;
    }
}
