package cn.onewindow.gateway.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path as the gateway accepts it, segment by segment, percent-decoded. Vert.x, JAX-RS, the
 * gateway's HTTP client and the services each decode and normalise a path in their own way; a path on which
 * two of them could disagree is refused outright rather than interpreted: a dot segment ({@code ..}, also
 * as {@code %2e%2e} or {@code ..;}), an encoded slash or backslash (JAX-RS decodes {@code x%2F..} into a
 * way out of the service's {@code /api/}), a NUL, space or control character (the HTTP client cannot send
 * it), a character that must be encoded, a broken escape or bytes that are not UTF-8.
 */
public final class PathSegments {
    /** Besides ASCII letters and digits, what RFC 3986 allows unencoded in a path segment; '%' starts an escape. */
    private static final String PCHAR_MARKS = "-._~!$&'()*+,;=:@";
    /** What a query may hold besides pchars: RFC 3986's '/' and '?', and the brackets clients leave raw there. */
    private static final String QUERY_MARKS = "/?[]";

    private PathSegments() {
    }

    /**
     * The decoded segments of a raw path ({@code /a/b/} gives {@code a}, {@code b} and an empty last one).
     *
     * @throws PathRefusal naming the first rule the path breaks
     */
    public static List<String> decode(String rawPath) {
        String body = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        List<String> segments = new ArrayList<>();
        for (String raw : body.split("/", -1)) {
            segments.add(segment(raw));
        }
        return segments;
    }

    /**
     * Checks a raw query string: RFC 3986's query characters (pchars, '/' and '?'), plus '[' and ']', which
     * common clients leave raw in queries (axios writes arrays as {@code ids[]=1}, browsers and Python's
     * requests do not encode them) and which Quarkus' own check let through; escapes must be well-formed. A raw
     * quote, brace, backslash, space or the like is refused: Quarkus answered those with an empty 400 before.
     *
     * @throws PathRefusal {@link PathFault#QUERY_CHARACTER} or {@link PathFault#MALFORMED_ESCAPE}
     */
    public static void checkQuery(String rawQuery) {
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawQuery.length() || hex(rawQuery.charAt(i + 1)) < 0 || hex(rawQuery.charAt(i + 2)) < 0) {
                    throw new PathRefusal(PathFault.MALFORMED_ESCAPE);
                }
                i += 2;
            } else if (!isAsciiLetterOrDigit(c) && PCHAR_MARKS.indexOf(c) < 0 && QUERY_MARKS.indexOf(c) < 0) {
                throw new PathRefusal(PathFault.QUERY_CHARACTER);
            }
        }
    }

    static String segment(String raw) {
        String decoded = utf8(bytesOf(raw));
        if (decoded.indexOf('/') >= 0 || decoded.indexOf('\\') >= 0) {
            throw new PathRefusal(PathFault.ENCODED_SEPARATOR);
        }
        if (decoded.codePoints().anyMatch(PathSegments::isControlOrSpace)) {
            throw new PathRefusal(PathFault.CONTROL_OR_SPACE);
        }
        // some servers read "..;x" as "..": the part before matrix parameters counts
        int matrix = decoded.indexOf(';');
        String stem = matrix < 0 ? decoded : decoded.substring(0, matrix);
        if (stem.equals(".") || stem.equals("..")) {
            throw new PathRefusal(PathFault.DOT_SEGMENT);
        }
        return decoded;
    }

    private static byte[] bytesOf(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    throw new PathRefusal(PathFault.MALFORMED_ESCAPE);
                }
                out.write(hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)));
                i += 2;
            } else if (isAsciiLetterOrDigit(c) || PCHAR_MARKS.indexOf(c) >= 0) {
                out.write(c);
            } else {
                throw new PathRefusal(PathFault.UNENCODED_CHARACTER);
            }
        }
        return out.toByteArray();
    }

    /** Strict: an overlong form ({@code %C0%AE} for '.') or a stray byte is refused, never replaced. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PathRefusal(PathFault.NOT_UTF8);
        }
    }

    /** NUL and every other control, every kind of space (U+3000 too), and invisible format characters (U+202E…). */
    static boolean isControlOrSpace(int codePoint) {
        return Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The value of an ASCII hex digit, or -1 (Character.digit would take other scripts' digits too). */
    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
