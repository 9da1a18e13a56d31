package cn.onewindow.approval.webhook.domain;

import java.nio.charset.StandardCharsets;

/**
 * A CloudEvents attribute as an HTTP header value, percent-encoded as the CloudEvents HTTP protocol binding (1.0.2,
 * section 3.1.3.2) requires: space, double quote, percent and every character outside printable ASCII (U+0021 to
 * U+007E) become {@code %XX} of their UTF-8 bytes. The attributes of an event another service published are whatever
 * it wrote (a source in Chinese, say); sent as they are, a line break would be refused by the HTTP client, or worse,
 * start a header of its own. Approval's own attributes (UUIDs, type names, case numbers) are never changed by it.
 */
public final class CloudEventHeaderValue {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CloudEventHeaderValue() {
    }

    public static String encode(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ' && c <= '~' && c != '"' && c != '%') {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
            for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? value : out.toString();
    }
}
