package cn.onewindow.gateway.security;

/**
 * The bearer token of a request, and whether it has the shape of a JWT: three base64url parts, as every
 * token Keycloak issues has. A bearer of any other shape is no token of the hall's; the OIDC layer would send
 * it to Keycloak to be introspected, a call anyone could make the gateway place at will.
 */
public final class BearerToken {
    private static final String SCHEME = "Bearer";

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

    /**
     * Three non-empty base64url parts (unpadded, none of a length base64 cannot have). One pass over the characters:
     * it runs for every call, and the regular expression and split it replaced showed in the gateway's profile.
     */
    public static boolean isJwtShaped(String token) {
        if (token == null) {
            return false;
        }
        int parts = 0;
        int partLength = 0;
        for (int i = 0, n = token.length(); i <= n; i++) {
            char c = i == n ? '.' : token.charAt(i);
            if (c == '.') {
                if (partLength == 0 || partLength % 4 == 1 || ++parts > 3) {
                    return false;
                }
                partLength = 0;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                partLength++;
            } else {
                return false;
            }
        }
        return parts == 3;
    }
}
