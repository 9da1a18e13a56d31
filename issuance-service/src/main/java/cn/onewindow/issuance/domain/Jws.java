package cn.onewindow.issuance.domain;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A certificate as a JWS in compact serialisation (RFC 7515 §7.1): {@code base64url(header) "." base64url(payload)
 * "." base64url(signature)}, the header {@code {"alg":…,"kid":…}}, the payload the certificate's JSON exactly as
 * stored. The format is three lines of code, so it is made here rather than through a JOSE library (Nimbus would need
 * Google Tink for Ed25519); the tests verify what it makes with jose4j, an independent implementation.
 *
 * <p>{@link #parse} is strict: three parts of unpadded base64url, a JSON header naming a string {@code alg} and
 * {@code kid} and no {@code crit} (RFC 7515 §4.1.11: none is understood here), a payload of valid UTF-8.
 */
public final class Jws {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Larger than any certificate (the verification accepts 20,000 characters of payload). */
    public static final int MAX_LENGTH = 40_000;

    private Jws() {
    }

    /** A JWS taken apart: what its header names, its payload, and what its signature covers. */
    public record Parsed(String alg, String kid, String payload, byte[] signingInput, byte[] signature) {
    }

    public static String sign(SignatureAlgorithm algorithm, String kid, String payload, CertificateSigner signer) {
        String header = "{\"alg\":\"" + algorithm.jwsName() + "\",\"kid\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(kid)) + "\"}";
        String input = encode(header) + "." + encode(payload);
        return input + "." + B64URL.encodeToString(signer.signJws(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The {@code alg} of a JWS this service made; empty for anything else. */
    public static Optional<String> algorithmOf(String compact) {
        return parse(compact).map(Parsed::alg);
    }

    /** Empty for anything that is not a compact JWS as described above. */
    public static Optional<Parsed> parse(String compact) {
        if (compact == null || compact.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3 || !PART.matcher(parts[0]).matches() || !PART.matcher(parts[1]).matches()
                || !PART.matcher(parts[2]).matches() || parts[0].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode header = JSON.readTree(utf8(Base64.getUrlDecoder().decode(parts[0])));
            if (header == null || !header.isObject() || header.has("crit") || !header.path("alg").isTextual()
                    || !header.path("kid").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(header.get("alg").asText(), header.get("kid").asText(),
                    utf8(Base64.getUrlDecoder().decode(parts[1])),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), Base64.getUrlDecoder().decode(parts[2])));
        } catch (IllegalArgumentException | CharacterCodingException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code parsed}'s signature is {@code verifier}'s key's over its signing input, for that key's algorithm. */
    public static boolean verify(Parsed parsed, SignatureAlgorithm algorithm, CertificateVerifier verifier) {
        return algorithm.jwsName().equals(parsed.alg()) && verifier.verifyJws(parsed.signingInput(), parsed.signature());
    }

    private static String encode(String text) {
        return B64URL.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes that are not UTF-8 are refused, not replaced: a replaced byte would make another text of the payload. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
