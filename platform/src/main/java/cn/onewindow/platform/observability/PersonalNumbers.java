package cn.onewindow.platform.observability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks the personal numbers the hall handles: resident ID-card numbers (18 digits, the last
 * may be X; and the old 15-digit form), mainland mobile numbers and landline numbers with an area code.
 * Masked the way Chinese services show them ({@code 1101**********002X}, {@code 138****5678},
 * {@code 010-****5678}), which keeps them recognisable to their owner and useless to anyone else.
 * A number glued to letters or digits (part of a UUID, a credit code, an epoch) is not a personal number.
 */
public final class PersonalNumbers {
    private static final String EDGE_BEFORE = "(?<![0-9A-Za-z])";
    private static final String EDGE_AFTER = "(?![0-9A-Za-z])";
    private static final String DATE = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";
    static final Pattern ID_CARD = Pattern.compile(EDGE_BEFORE
            + "(?:[1-9]\\d{5}(?:18|19|20)\\d{2}" + DATE + "\\d{3}[0-9Xx]|[1-9]\\d{7}" + DATE + "\\d{3})" + EDGE_AFTER);
    static final Pattern MOBILE = Pattern.compile(EDGE_BEFORE + "(?:\\+?86[- ]?)?1[3-9]\\d{9}" + EDGE_AFTER);
    static final Pattern LANDLINE = Pattern.compile(EDGE_BEFORE + "0\\d{2,3}-\\d{7,8}" + EDGE_AFTER);

    private PersonalNumbers() {
    }

    /** True if the text holds an unmasked ID-card, mobile or landline number. */
    public static boolean contains(String text) {
        return text != null && mayContain(text) && (ID_CARD.matcher(text).find() || MOBILE.matcher(text).find()
                || LANDLINE.matcher(text).find());
    }

    /**
     * False only where none of the patterns can match: every log line passes here, and three scans with look-behinds
     * per line showed in the profile. Each pattern needs a run of digits that this one pass looks for — 11 or more
     * (a mobile number, with or without 86 before it; an ID-card number, 15 or 17 digits and more) or a landline's
     * 7 or 8 after a dash and an area code of 3 or 4 digits from 0. A case number's date (8 digits after letters and
     * a dash) is neither.
     */
    static boolean mayContain(String text) {
        int n = text.length();
        int previousStart = -1;
        int previousEnd = -1;
        for (int i = 0; i < n; ) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && digit(text.charAt(i))) {
                i++;
            }
            int run = i - start;
            if (run >= 11) {
                return true;
            }
            if ((run == 7 || run == 8) && previousStart >= 0 && previousEnd == start - 1 && text.charAt(start - 1) == '-'
                    && previousEnd - previousStart >= 3 && previousEnd - previousStart <= 4 && text.charAt(previousStart) == '0') {
                return true;
            }
            previousStart = start;
            previousEnd = i;
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text with every such number masked; the same text (not a copy) when there is none. */
    public static String mask(String text) {
        if (text == null || !contains(text)) {
            return text;
        }
        String s = replace(ID_CARD, text, PersonalNumbers::maskIdCard);
        s = replace(MOBILE, s, PersonalNumbers::maskMobile);
        return replace(LANDLINE, s, PersonalNumbers::maskLandline);
    }

    /** An ID-card number as a clerk who does not need it sees it: region prefix and last four kept. */
    public static String maskIdCard(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() < 8) {
            return "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** A mobile number as list views show it: {@code 138****5678}. */
    public static String maskMobile(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 11) {
            return "****";
        }
        int start = phone.length() - 11; // after a +86 prefix
        return phone.substring(0, start + 3) + "****" + phone.substring(start + 7);
    }

    static String maskLandline(String phone) {
        int dash = phone.indexOf('-');
        String number = phone.substring(dash + 1);
        return phone.substring(0, dash + 1) + "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> masker) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(masker.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
