package cn.onewindow.approval.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of one webhook request, as the Standard Webhooks specification writes it (standardwebhooks.com), so a
 * receiver can check it with any of that specification's libraries or with a few lines of its own:
 * {@code webhook-signature: v1,<base64 of HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>}. The id and the
 * timestamp are signed with the body: a captured request cannot be sent again later, nor its body under another id.
 */
public final class WebhookSignature {
    /** The signature scheme's version tag (HMAC-SHA256 with a symmetric key). */
    public static final String VERSION = "v1";

    private WebhookSignature() {
    }

    /**
     * @param key       the secret's key bytes ({@link WebhookSecret#key})
     * @param id        the request's {@code webhook-id} (the event's id)
     * @param timestamp the request's {@code webhook-timestamp}, seconds since the epoch
     * @param body      the request body exactly as sent
     */
    public static String sign(byte[] key, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + "," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
