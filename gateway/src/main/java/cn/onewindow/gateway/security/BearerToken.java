package cn.onewindow.gateway.security;

import java.util.regex.Pattern;

/**
 * The bearer token of a request, and whether it has the shape of a JWT: three base64url parts, as every
 * token Keycloak issues has. A bearer of any other shape is no token of the hall's; the OIDC layer would send
 * it to Keycloak to be introspected, a call anyone could make the gateway place at will.
 */
public final class BearerToken {
    private static final String SCHEME = "Bearer";
    private static final Pattern THREE_BASE64URL_PARTS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private BearerToken() {
    }

    /** The token of an {@code Authorization: Bearer …} header; null for no header or another scheme. */
    public static String in(String authorization) {
        if (authorization == null) {
            return null;
        }
        String header = authorization.strip();
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        if (header.length() > SCHEME.length() && !Character.isWhitespace(header.charAt(SCHEME.length()))) {
            return null; // "Bearerx…": another scheme's name
        }
        return header.substring(SCHEME.length()).strip();
    }

    /** Three non-empty base64url parts (unpadded, none of a length base64 cannot have). */
    public static boolean isJwtShaped(String token) {
        if (token == null || !THREE_BASE64URL_PARTS.matcher(token).matches()) {
            return false;
        }
        for (String part : token.split("\\.")) {
            if (part.length() % 4 == 1) {
                return false;
            }
        }
        return true;
    }
}
