package cn.onewindow.evaluation.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-case, per-stage rating tokens for applicants, who have no account: an HMAC of the case id
 * and stage under the hall's secret. A token works for its own case and stage only; the rating
 * table's key makes it work once.
 */
@ApplicationScoped
public class RatingTokens {
    private final byte[] secret;

    public RatingTokens(@ConfigProperty(name = "onewindow.rating.secret") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String issue(String caseId, String stage) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal((caseId + "|" + stage).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (Exception e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public boolean verify(String caseId, String stage, String token) {
        if (token == null) {
            return false;
        }
        return MessageDigest.isEqual(issue(caseId, stage).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
