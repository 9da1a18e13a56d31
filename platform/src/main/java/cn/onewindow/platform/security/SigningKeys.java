package cn.onewindow.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * The HMAC keys of one of the hall's signatures (rating links, the documents' verification codes), read from
 * a property of the form {@code kid:secret[,kid:secret…]}: the first key signs, every listed key verifies, so a
 * key is rotated by putting a new one first and dropping the old one once nothing signed with it is still
 * needed (docs/runbook.md, "Secrets").
 *
 * <p>There is no default: a service refuses to start when its keys are missing, when a secret is shorter than
 * {@value #MIN_SECRET_LENGTH} characters, or when it is a value that was ever published in the repository
 * ({@code …change-me} and the like). Only a dev or test launch (never a jar run, whatever its profile) may
 * start without keys, and then signs with a random key of its own that no one else knows.
 */
public final class SigningKeys {
    public static final int MIN_SECRET_LENGTH = 32;
    /** Secrets that stood in the repository at some time: whoever read it could forge with them. */
    static final Set<String> PUBLISHED = Set.of("local-demo-rating-secret-change-me", "local-demo-document-secret-change-me",
            "intake-service-secret", "gateway-secret", "amr-system-secret", "tax-system-secret", "psb-system-secret");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    /** One key; its secret stays out of {@link #toString()}. */
    public record Key(String id, byte[] secret) {
        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    private final List<Key> keys;

    private SigningKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * {@link #fromConfig(String, String, Optional, boolean)} for this process: only a dev or test launch
     * ({@code quarkus:dev}, {@code @QuarkusTest}) may go without keys; a jar run never, whatever its profile.
     */
    public static SigningKeys fromConfig(String property, String env, Optional<String> configured) {
        LaunchMode mode = LaunchMode.current();
        return fromConfig(property, env, configured, mode != null && mode.isDevOrTest());
    }

    /**
     * The keys configured in {@code property} (set through the environment variable {@code env}), checked; or,
     * when nothing is configured and {@code devOrTestLaunch} holds, a random key for this process only.
     *
     * @throws IllegalStateException with a message that says what to set, when the keys are missing or unusable
     */
    public static SigningKeys fromConfig(String property, String env, Optional<String> configured, boolean devOrTestLaunch) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return parse(property, env, configured.get());
        }
        if (devOrTestLaunch) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.warnf("%s (%s) is not set: this dev/test run signs with a random key of its own, which no other process "
                    + "knows and which is gone when it stops", property, env);
            return new SigningKeys(List.of(new Key("ephemeral", HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII))));
        }
        throw new IllegalStateException(property + " is not set (environment variable " + env + "). It holds the HMAC keys of "
                + "this signature as kid:secret[,kid:secret…] — the first signs, all verify — each secret random and at least "
                + MIN_SECRET_LENGTH + " characters, e.g. " + env + "=k1:$(openssl rand -hex 32). The local run generates it "
                + "(.local/<profile>/secrets.env, written by deploy/local/env.sh); on Kubernetes it comes from the Secret "
                + "onewindow-secrets (deploy/k8s/secrets.sh). See docs/runbook.md, \"Secrets\".");
    }

    /** Parses and checks {@code kid:secret[,kid:secret…]}; the message of a refusal never contains a secret. */
    public static SigningKeys parse(String property, String env, String spec) {
        List<Key> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int position = 0;
        for (String entry : spec.split(",")) {
            position++;
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            if (colon <= 0) {
                throw refused(property, env, "entry " + position + " is not kid:secret");
            }
            String id = e.substring(0, colon).strip();
            String secret = e.substring(colon + 1).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw refused(property, env, "entry " + position + ": a key id is 1 to 16 letters, digits, '-' or '_'");
            }
            if (!ids.add(id)) {
                throw refused(property, env, "key id " + id + " is listed twice");
            }
            String known = published(secret);
            if (known != null) {
                throw refused(property, env, "key " + id + " is " + known + ", which anyone who read the repository can forge "
                        + "with; generate a random one (openssl rand -hex 32)");
            }
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw refused(property, env, "the secret of key " + id + " is shorter than " + MIN_SECRET_LENGTH + " characters");
            }
            out.add(new Key(id, secret.getBytes(StandardCharsets.UTF_8)));
        }
        if (out.isEmpty()) {
            throw refused(property, env, "no key listed");
        }
        return new SigningKeys(out);
    }

    /** Whether {@code secret} was published in the repository, and as what (no secret in the answer). */
    static String published(String secret) {
        String s = secret.strip().toLowerCase(Locale.ROOT);
        if (PUBLISHED.contains(s)) {
            return "a value published in the repository";
        }
        if (s.contains("change-me") || s.contains("changeme") || s.contains("change_me")) {
            return "a placeholder (…change-me)";
        }
        return null;
    }

    private static IllegalStateException refused(String property, String env, String why) {
        return new IllegalStateException(property + " (environment variable " + env + ") refused: " + why
                + ". Expected kid:secret[,kid:secret…], the first key signing. See docs/runbook.md, \"Secrets\".");
    }

    /** The key that signs. */
    public Key current() {
        return keys.get(0);
    }

    /** Every key that verifies, the signing one first. */
    public List<Key> all() {
        return keys;
    }

    public Optional<Key> byId(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /**
     * HMAC-SHA256 under one key for a caller on a hot path (the take-in's applicant pseudonym): each thread keeps a
     * {@link Mac} initialised once with the key, instead of {@link #hmac(Key, String)}'s look-up and key set-up on
     * every call. {@link Mac#doFinal} resets it, so every answer is that of a fresh one.
     */
    public static final class Hmac {
        private final ThreadLocal<Mac> macs;

        public Hmac(Key key) {
            this.macs = ThreadLocal.withInitial(() -> mac(key));
        }

        /** HMAC-SHA256 of {@code message} (UTF-8) under this key: the same bytes as {@link SigningKeys#hmac}. */
        public byte[] of(String message) {
            return macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Mac mac(Key key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** HMAC-SHA256 of {@code message} (UTF-8) under {@code key}. */
    public static byte[] hmac(Key key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
