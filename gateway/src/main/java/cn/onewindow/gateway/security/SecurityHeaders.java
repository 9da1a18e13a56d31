package cn.onewindow.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers every answer carries, the web app's pages and the API's answers alike, set as the answer's
 * headers go out (so also on answers a filter, Quarkus or a service gave).
 * <ul>
 * <li>a Content-Security-Policy: the pages load only the gateway's own scripts (Vite's built modules; Vue's
 * runtime and vue-i18n 10 evaluate no strings), styles and images; inline styles stay allowed because Vue
 * (a template's static parts), Element Plus and ECharts' tooltips write style attributes. Data (JSON, CSV,
 * event streams) allows nothing at all. A PDF only refuses to be framed: the browser's PDF viewer must
 * still run in it. Nothing of the gateway may be framed by another site (clickjacking).</li>
 * <li>X-Content-Type-Options: nosniff, so a service's answer is never read as another type than it says;</li>
 * <li>Referrer-Policy: no-referrer, so the rating link's per-case token never leaves in a Referer;</li>
 * <li>Cache-Control: no-cache for the pages ({@code /}, {@code *.html}), which are not content-hashed and
 * would otherwise be kept a day as "immutable", outliving a new release, and for the published API's documents and
 * Swagger UI set-up ({@code /api-docs/…}), which a release changes under the same names; the hashed assets stay
 * immutable.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {
    /** The first filter of all: every answer after it, a refusal by the filters below included, gets the headers. */
    static final int PRIORITY = 20_000;

    static final String PAGE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PDF_POLICY = "frame-ancestors 'none'";
    /**
     * A download (Content-Disposition: attachment — an applicant's uploaded file, a CSV export): sandboxed as well, so that
     * a browser that renders it anyway runs nothing in it and gives it no origin (the service sends the same policy).
     */
    static final String ATTACHMENT_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    @RouteFilter(PRIORITY)
    void onEveryAnswer(RoutingContext rc) {
        String path = rc.request().path();
        rc.addHeadersEndHandler(v -> applyTo(rc.response().headers(), path, rc.response().getStatusCode()));
        rc.next();
    }

    /** Sets the headers for an answer to {@code path} with the given status (its Content-Type already set). */
    public static void applyTo(MultiMap headers, String path, int status) {
        String type = headers.get("Content-Type");
        boolean page = isPage(path, type);
        headers.set("Content-Security-Policy", page ? PAGE_POLICY : isAttachment(headers.get("Content-Disposition"))
                ? ATTACHMENT_POLICY : isPdf(type) ? PDF_POLICY : DATA_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if ((page || isApiDocs(path)) && (status == 200 || status == 304)) {
            // revalidated on every load (a 304 costs nothing); a 304 carries the header too, or the browser would
            // take the static handler's "immutable" from it back into its copy
            headers.set("Cache-Control", "no-cache");
        }
    }

    /**
     * A page of the web app, by its path (a 304 has no Content-Type, and its headers replace those of the copy
     * the browser keeps) or by the HTML it is.
     */
    static boolean isPage(String path, String contentType) {
        return path != null && (path.equals("/") || path.endsWith(".html"))
                || contentType != null && contentType.toLowerCase().startsWith("text/html");
    }

    /** The published API's page, set-up and documents: not content-hashed. */
    static boolean isApiDocs(String path) {
        return path != null && path.startsWith("/api-docs/");
    }

    static boolean isAttachment(String disposition) {
        return disposition != null && disposition.strip().toLowerCase().startsWith("attachment");
    }

    static boolean isPdf(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/pdf");
    }
}
