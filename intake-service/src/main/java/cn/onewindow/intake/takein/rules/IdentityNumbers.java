package cn.onewindow.intake.takein.rules;

/**
 * Check digits of the two identity numbers the window takes: the 18-digit resident identity card
 * number (GB 11643-1999, ISO 7064 MOD 11-2) and the 18-character unified social credit code of an
 * organisation (GB 32100-2015, MOD 31). The checks themselves are the contracts' ({@link
 * cn.onewindow.contracts.vocabulary.IdentityNumbers}), which every service that serves an applicant's login uses
 * too (#23): the window and the login accept exactly the same numbers.
 */
public final class IdentityNumbers {
    private IdentityNumbers() {
    }

    /**
     * What can be wrong with a number, each told apart: the clerk must know whether to count the characters
     * again, look at the birth date, or look for a mistyped digit (a wrong check digit).
     */
    public enum Fault { LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT }

    /** A valid 18-digit resident identity number: digits, a real birth date, the right check digit. */
    public static boolean isResidentId(String id) {
        return cn.onewindow.contracts.vocabulary.IdentityNumbers.isResidentId(id);
    }

    /** The first thing wrong with a resident identity number (in the order a person checks it), or null when it is valid. */
    public static Fault residentIdFault(String id) {
        return fault(cn.onewindow.contracts.vocabulary.IdentityNumbers.residentIdFault(id));
    }

    /** A valid unified social credit code: 18 characters of the code's alphabet, the right check character. */
    public static boolean isUnifiedSocialCreditCode(String code) {
        return cn.onewindow.contracts.vocabulary.IdentityNumbers.isUnifiedSocialCreditCode(code);
    }

    /** The first thing wrong with a unified social credit code (there is no date in it), or null when it is valid. */
    public static Fault creditCodeFault(String code) {
        return fault(cn.onewindow.contracts.vocabulary.IdentityNumbers.creditCodeFault(code));
    }

    /** The right check digit for 17 digits (used to make valid test and demo numbers). */
    public static char residentIdCheck(String first17) {
        return cn.onewindow.contracts.vocabulary.IdentityNumbers.residentIdCheck(first17);
    }

    public static char unifiedSocialCreditCheck(String first17) {
        return cn.onewindow.contracts.vocabulary.IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    private static Fault fault(cn.onewindow.contracts.vocabulary.IdentityNumbers.Fault f) {
        return f == null ? null : Fault.valueOf(f.name());
    }
}
