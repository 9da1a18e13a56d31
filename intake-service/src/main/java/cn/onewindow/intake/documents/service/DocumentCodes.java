package cn.onewindow.intake.documents.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.platform.security.SigningKeys;
import io.quarkus.runtime.Startup;

/**
 * The verification codes (核验码) printed on the window's documents: twelve hex characters of
 * HMAC-SHA256(number|kind) under the hall's document key, so the hall can tell its own documents from
 * forged ones. The keys come from {@value #PROPERTY} ({@code OW_DOCUMENT_KEYS}, {@code kid:secret[,kid:secret…]}):
 * the first makes the codes of documents printed from now on, every listed one still checks the codes of
 * documents printed before (keep an old key listed for as long as its documents must be checkable). No default:
 * the service does not start without keys, nor with a secret that was ever in the repository ({@link Startup}).
 */
@Startup
@Singleton
public class DocumentCodes {
    public static final String PROPERTY = "onewindow.documents.keys";
    public static final String ENV = "OW_DOCUMENT_KEYS";
    static final int LENGTH = 12;
    private final SigningKeys keys;

    @Inject
    public DocumentCodes(@ConfigProperty(name = PROPERTY) Optional<String> keys) {
        this(SigningKeys.fromConfig(PROPERTY, ENV, keys));
    }

    public DocumentCodes(SigningKeys keys) {
        this.keys = keys;
    }

    /** The code to print on the document {@code number} of {@code kind}, under the current key. */
    public String code(String number, String kind) {
        return code(keys.current(), number, kind);
    }

    /** Whether {@code code} was printed on document {@code number} of {@code kind} under one of the listed keys. */
    public boolean checks(String number, String kind, String code) {
        if (number == null || kind == null || code == null) {
            return false;
        }
        String given = code.strip().toUpperCase(Locale.ROOT);
        boolean ok = false;
        for (SigningKeys.Key key : keys.all()) {
            ok |= MessageDigest.isEqual(code(key, number, kind).getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII));
        }
        return ok;
    }

    private static String code(SigningKeys.Key key, String number, String kind) {
        return HexFormat.of().withUpperCase().formatHex(SigningKeys.hmac(key, number + "|" + kind)).substring(0, LENGTH);
    }
}
