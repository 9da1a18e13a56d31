package cn.onewindow.issuance.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The verification code (核验码) of an e-certificate: 16 random characters of Crockford's base32 (80 bits),
 * printed on the certificate and carried by its QR code. A public lookup needs it besides the certificate's
 * number, which follows the case number and so can be guessed (#20, item 9); the code cannot.
 */
public final class VerificationCodes {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // no I, L, O, U: nothing to misread on paper
    static final int LENGTH = 16;
    /** Longest code a lookup accepts: the codes of certificates issued before this scheme have 32 characters. */
    public static final int MAX_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code as typed or scanned, in the form it is stored: upper case, without spaces or dashes (people
     * group characters when they copy a code); null for nothing usable.
     */
    public static String normalise(String given) {
        if (given == null) {
            return null;
        }
        String code = given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.isEmpty() || code.length() > MAX_LENGTH ? null : code;
    }
}
