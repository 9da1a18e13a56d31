package cn.onewindow.gateway.proxy;

import java.nio.charset.StandardCharsets;

/**
 * Encodes what the gateway forwards one way only, so the request line it sends is always valid (its HTTP
 * client throws, and held the connection for its whole timeout, on a space or a control character).
 */
final class PercentEncoding {
    /**
     * Left as they are in a path segment; everything else is percent-encoded. ';' is encoded too: no service
     * reads matrix parameters, and some servers read "..;" as a dot segment.
     */
    private static final String SEGMENT_KEPT = "-._~!$&'()*+,=:@";
    /** Left as they are in a query (RFC 3986), besides escapes that are already well formed. */
    private static final String QUERY_KEPT = "-._~!$&'()*+,;=:@/?";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** A decoded path segment, encoded as UTF-8. */
    static String segment(String decoded) {
        StringBuilder out = new StringBuilder(decoded.length());
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (isAsciiLetterOrDigit(c) || SEGMENT_KEPT.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                percent(out, c);
            }
        }
        return out.toString();
    }

    /**
     * A raw query as received, with well-formed escapes kept and anything a URI may not hold encoded (a lone
     * '%' becomes %25). The services decode the values and judge them; the gateway only makes them sendable.
     */
    static String query(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (isEscapeAt(raw, i)) {
                out.append(raw, i, i + 3);
                i += 3;
                continue;
            }
            int c = raw.codePointAt(i);
            if (c < 0x80 && (isAsciiLetterOrDigit(c) || QUERY_KEPT.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (c <= 0xFF) {
                // Vert.x reads the request line one byte per char: the char is the byte that arrived
                percent(out, c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    percent(out, b & 0xFF);
                }
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static void percent(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isEscapeAt(String s, int i) {
        return s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
