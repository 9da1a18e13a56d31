package cn.onewindow.platform.security;

/**
 * The paths anyone may call without logging in, in every service of the suite: what {@link PublicRateLimit}
 * throttles. A service meets only its own; the gateway meets all of them under its service prefixes.
 * <ul>
 * <li>{@code /api/public/…} — issuance's e-certificate verification, lookup and public keys
 * (the gateway's {@code /api/issuance/public/…});</li>
 * <li>{@code POST /api/ratings} — evaluation's 好差评 with a per-case token (the gateway's
 * {@code POST /api/evaluation/ratings});</li>
 * <li>{@code /api/display/…} — the gateway's calling screen: its list and its event stream.</li>
 * <li>{@code GET /api/guide/…} — intake's public service guide (办事指南), read-only (the gateway's
 * {@code /api/intake/guide/…});</li>
 * <li>{@code POST /api/public/help-requests} — intake's self-service terminal asking for help (帮办代办; the gateway's
 * {@code POST /api/intake/public/help-requests}: that exact path, no other of intake's under it).</li>
 * </ul>
 */
public final class PublicPaths {
    private PublicPaths() {
    }

    /** {@code path}: as routed (normalised: no dot segments); one trailing slash is ignored, as routing does. */
    public static boolean throttled(String method, String path) {
        if (path == null) {
            return false;
        }
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.startsWith("/api/public/") || p.startsWith("/api/issuance/public/") || p.startsWith("/api/display/")
                || p.equals("/.well-known/jwks.json")
                || "GET".equalsIgnoreCase(method) && (p.startsWith("/api/guide/") || p.startsWith("/api/intake/guide/"))
                || "POST".equalsIgnoreCase(method) && (p.equals("/api/ratings") || p.equals("/api/evaluation/ratings")
                        || p.equals("/api/intake/public/help-requests"));
    }
}
