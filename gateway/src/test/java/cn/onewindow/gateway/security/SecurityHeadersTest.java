package cn.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

/** Which headers each kind of answer gets (#20, item 12). */
class SecurityHeadersTest {
    @Test
    void aPageGetsTheWebAppsPolicyAndIsRevalidated() {
        MultiMap h = headers("text/html;charset=UTF-8");
        h.set("Cache-Control", "public, immutable, max-age=86400");
        SecurityHeaders.applyTo(h, "/", 200);
        assertThat(h.get("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-eval");
        assertThat(h.get("Cache-Control")).isEqualTo("no-cache");
        assertThat(h.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.get("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(h.get("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aPagesNotModifiedIsRevalidatedToo() {
        // a 304 names no type; its headers replace those the browser keeps with its copy
        MultiMap h = headers(null);
        h.set("Cache-Control", "public, immutable, max-age=86400");
        SecurityHeaders.applyTo(h, "/index.html", 304);
        assertThat(h.get("Cache-Control")).isEqualTo("no-cache");
        assertThat(h.get("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
    }

    @Test
    void aHashedAssetStaysImmutable() {
        MultiMap h = headers("text/javascript;charset=UTF-8");
        h.set("Cache-Control", "public, immutable, max-age=86400");
        SecurityHeaders.applyTo(h, "/assets/index-AbC12.js", 200);
        assertThat(h.get("Cache-Control")).contains("immutable");
        assertThat(h.get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void thePublishedApisDocumentsAreRevalidatedSinceAReleaseChangesThemUnderTheSameName() {
        MultiMap h = headers("application/yaml");
        h.set("Cache-Control", "public, immutable, max-age=86400");
        SecurityHeaders.applyTo(h, "/api-docs/approval-service.yaml", 200);
        assertThat(h.get("Cache-Control")).isEqualTo("no-cache");
        assertThat(h.get("Content-Security-Policy")).isEqualTo(SecurityHeaders.DATA_POLICY);
    }

    @Test
    void dataAllowsNothingAndAPdfOnlyRefusesFraming() {
        MultiMap json = headers("application/json");
        SecurityHeaders.applyTo(json, "/api/intake/cases/mine", 200);
        assertThat(json.get("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(json.get("Cache-Control")).isNull();
        MultiMap pdf = headers("application/pdf");
        SecurityHeaders.applyTo(pdf, "/api/intake/cases/DX-1/document", 200);
        assertThat(pdf.get("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
    }

    @Test
    void aDownloadIsSandboxedWhateverItsType() {
        // an applicant's uploaded PDF (网上预审): served as an attachment, and should a browser render it, nothing in it runs
        MultiMap pdf = headers("application/pdf");
        pdf.set("Content-Disposition", "attachment; filename=\"ID.pdf\"");
        SecurityHeaders.applyTo(pdf, "/api/intake/pre-reviews/x/files/ID", 200);
        assertThat(pdf.get("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'");
        assertThat(pdf.get("X-Content-Type-Options")).isEqualTo("nosniff");
        MultiMap inline = headers("application/pdf");
        inline.set("Content-Disposition", "inline; filename=\"DX-1.pdf\"");
        SecurityHeaders.applyTo(inline, "/api/intake/cases/DX-1/document", 200);
        assertThat(inline.get("Content-Security-Policy")).isEqualTo(SecurityHeaders.PDF_POLICY);
    }

    private static MultiMap headers(String contentType) {
        MultiMap h = MultiMap.caseInsensitiveMultiMap();
        if (contentType != null) {
            h.set("Content-Type", contentType);
        }
        return h;
    }
}
