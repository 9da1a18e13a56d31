package cn.onewindow.contracts.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Check digits of the two identity numbers the window takes: the 18-digit resident identity card
 * number (GB 11643-1999, ISO 7064 MOD 11-2) and the 18-character unified social credit code of an
 * organisation (GB 32100-2015, MOD 31). In the contracts because more than the window checks them: every service
 * that serves an applicant checks the number in the applicant's token (cn.onewindow.platform.security.Applicant).
 */
public final class IdentityNumbers {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** The code's 31 characters: digits and capital letters without I, O, Z, S, V. */
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    /**
     * What can be wrong with a number, each told apart: the clerk must know whether to count the characters
     * again, look at the birth date, or look for a mistyped digit (a wrong check digit).
     */
    public enum Fault { LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT }

    /** A valid 18-digit resident identity number: digits, a real birth date, the right check digit. */
    public static boolean isResidentId(String id) {
        return residentIdFault(id) == null;
    }

    /** The first thing wrong with a resident identity number (in the order a person checks it), or null when it is valid. */
    public static Fault residentIdFault(String id) {
        if (id == null || id.length() != 18) {
            return Fault.LENGTH;
        }
        if (!id.matches("\\d{17}[\\dX]")) {
            return Fault.CHARACTERS;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1890) {
                return Fault.BIRTH_DATE;
            }
        } catch (DateTimeException e) {
            return Fault.BIRTH_DATE;
        }
        return residentIdCheck(id.substring(0, 17)) == id.charAt(17) ? null : Fault.CHECK_DIGIT;
    }

    /** A valid unified social credit code: 18 characters of the code's alphabet, the right check character. */
    public static boolean isUnifiedSocialCreditCode(String code) {
        return creditCodeFault(code) == null;
    }

    /** The first thing wrong with a unified social credit code (there is no date in it), or null when it is valid. */
    public static Fault creditCodeFault(String code) {
        if (code == null || code.length() != 18) {
            return Fault.LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (USCC_CHARS.indexOf(code.charAt(i)) < 0) {
                return Fault.CHARACTERS;
            }
        }
        return unifiedSocialCreditCheck(code.substring(0, 17)) == code.charAt(17) ? null : Fault.CHECK_DIGIT;
    }

    /** The right check digit for 17 digits (used to make valid test and demo numbers). */
    public static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11];
    }

    public static char unifiedSocialCreditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_CHARS.charAt((31 - sum % 31) % 31);
    }
}
