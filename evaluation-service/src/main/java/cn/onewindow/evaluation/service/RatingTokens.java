package cn.onewindow.evaluation.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.onewindow.platform.security.SigningKeys;
import io.quarkus.runtime.Startup;

/**
 * Per-case, per-stage rating tokens for applicants, who have no account: an HMAC of the case id, the stage and
 * the channel the token goes out on, under the hall's rating key. A token works for its own case and stage only
 * and names its channel (the rating is recorded with it); the rating table's key makes it work once.
 *
 * <p>A token is {@code <channel>.<key id>.<HMAC>}. The keys come from {@value #PROPERTY} ({@code OW_RATING_KEYS},
 * {@code kid:secret[,kid:secret…]}): the first signs, every listed one verifies, so after a rotation the links
 * already sent keep working for as long as their key stays listed. There is no default key: the service does
 * not start without one, nor with a secret that was ever in the repository (checked at start-up: {@link Startup}).
 * Tokens of the old form (no channel, no key id) are refused whatever key made them: they were handed to staff.
 */
@Startup
@ApplicationScoped
public class RatingTokens {
    public static final String PROPERTY = "onewindow.rating.keys";
    public static final String ENV = "OW_RATING_KEYS";
    private static final Pattern CHANNEL = Pattern.compile("[A-Z][A-Z_]{0,19}");
    private final SigningKeys keys;

    @Inject
    public RatingTokens(RatingSettings settings) {
        this(SigningKeys.fromConfig(PROPERTY, ENV, settings.keys()));
    }

    public RatingTokens(SigningKeys keys) {
        this.keys = keys;
    }

    /** The token for a case's stage, going out on {@code channel} (e.g. {@code SMS}), under the current key. */
    public String issue(String caseId, String stage, String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("a channel is upper-case letters and '_': " + channel);
        }
        SigningKeys.Key key = keys.current();
        return channel + "." + key.id() + "." + mac(key, channel, caseId, stage);
    }

    /**
     * The channel {@code token} was issued for, when it was issued for this case and stage under one of the
     * listed keys; empty for anything else (another case or stage, a relabelled channel, an unknown or retired
     * key, the old form).
     */
    public Optional<String> channelOf(String caseId, String stage, String token) {
        if (token == null || caseId == null || stage == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !CHANNEL.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        String channel = parts[0];
        return keys.byId(parts[1]).filter(key -> same(mac(key, channel, caseId, stage), parts[2])).map(key -> channel);
    }

    /** Whether {@code token} rates this case's stage (on whichever channel it names). */
    public boolean verify(String caseId, String stage, String token) {
        return channelOf(caseId, stage, token).isPresent();
    }

    private static String mac(SigningKeys.Key key, String channel, String caseId, String stage) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                SigningKeys.hmac(key, "rating|" + channel + "|" + key.id() + "|" + caseId + "|" + stage));
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
