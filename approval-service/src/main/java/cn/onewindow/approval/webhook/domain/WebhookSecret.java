package cn.onewindow.approval.webhook.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A webhook's signing secret, written as Standard Webhooks writes one: {@code whsec_} and the base64 of 24 to 64 random
 * bytes, which are the HMAC key ({@link WebhookSignature}). Generated here unless the department brings its own.
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;

    private WebhookSecret() {
    }

    /** A new secret of 32 random bytes. */
    public static String generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The key bytes of {@code secret}.
     *
     * @throws IllegalArgumentException when it is not {@code whsec_} and the base64 of 24 to 64 bytes
     */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("does not start with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not base64 after " + PREFIX);
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("holds " + key.length + " bytes, not " + MIN_BYTES + " to " + MAX_BYTES);
        }
        return key;
    }
}
