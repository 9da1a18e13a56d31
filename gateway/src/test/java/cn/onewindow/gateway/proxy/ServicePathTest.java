package cn.onewindow.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.gateway.security.PathFault;
import cn.onewindow.gateway.security.PathRefusal;

/** What the gateway forwards to a service: a clean path under the service's /api/, one encoding only (#20, item 4). */
class ServicePathTest {
    @Test
    void aPlainPathIsForwardedUnderTheServicesApi() {
        assertThat(ServicePath.of("issuance", "/api/issuance/public/certificates/verification", null).pathAndQuery())
                .isEqualTo("public/certificates/verification");
        assertThat(ServicePath.of("intake", "/api/intake/cases/mine", "day=2026-11-24").pathAndQuery())
                .isEqualTo("cases/mine?day=2026-11-24");
        assertThat(ServicePath.of("intake", "/api/intake/cases/", "").pathAndQuery()).as("a trailing slash, an empty query")
                .isEqualTo("cases/");
    }

    @Test
    void eachSegmentIsEncodedOneWay() {
        // unreserved characters sent encoded are sent plain; others as UTF-8 escapes in upper case
        assertThat(ServicePath.of("intake", "/api/intake/credit/%41%e5%bc%a0", null).pathAndQuery()).isEqualTo("credit/A%E5%BC%A0");
        assertThat(ServicePath.of("intake", "/api/intake/a+b/x%22y/c:d@e", null).pathAndQuery()).isEqualTo("a+b/x%22y/c:d@e");
        // no matrix parameters reach a service: ';' is encoded
        assertThat(ServicePath.of("intake", "/api/intake/cases;jsessionid=1", null).pathAndQuery()).isEqualTo("cases%3Bjsessionid=1");
    }

    @Test
    void theQueryIsMadeSendableAndKeptOtherwise() {
        assertThat(query("x=%2F1&y=a+b&z=%E5%BC%A0")).isEqualTo("x=%2F1&y=a+b&z=%E5%BC%A0");
        assertThat(query("q=a|b^c{d}`e[f]\\g\"h<i>")).isEqualTo("q=a%7Cb%5Ec%7Bd%7D%60e%5Bf%5D%5Cg%22h%3Ci%3E");
        assertThat(query("q=100%&r=%zz")).as("a lone %").isEqualTo("q=100%25&r=%25zz");
        assertThat(query("q=\u00FC")).as("a byte as Vert.x read it").isEqualTo("q=%FC");
        assertThat(query("q=证")).isEqualTo("q=%E8%AF%81");
        assertThat(query("q=a b\u0001")).isEqualTo("q=a%20b%01");
    }

    @Test
    void aPathOutsideTheServicesApiOrWithAnEmptySegmentIsRefused() {
        assertRefused("intake", "/api/issuance/public/x", PathFault.OUTSIDE_SERVICE);
        assertRefused("intake", "/api/intake", PathFault.OUTSIDE_SERVICE);
        assertRefused("intake", "/q/metrics", PathFault.OUTSIDE_SERVICE);
        assertRefused("intake", "/api/intake/", PathFault.EMPTY_SEGMENT);
        assertRefused("intake", "/api/intake//cases", PathFault.EMPTY_SEGMENT);
        assertRefused("intake", "/api/intake/cases//x", PathFault.EMPTY_SEGMENT);
        assertRefused("issuance", "/api/issuance/public/x%2F..%2F..%2F..%2Fq%2Fmetrics", PathFault.ENCODED_SEPARATOR);
        assertRefused("issuance", "/api/issuance/public/%2e%2e/%2e%2e/q/health", PathFault.DOT_SEGMENT);
        assertRefused("issuance", "/api/issuance/public/a%20b", PathFault.CONTROL_OR_SPACE);
    }

    /** Whatever comes in, what goes out is a URL whose normalised path is itself and stays under /api/. */
    @Test
    void whatIsForwardedNeverLeavesTheServicesApi() {
        for (String raw : List.of("/api/issuance/public/a", "/api/issuance/public/%2e%2e", "/api/issuance/public/x%2F..",
                "/api/issuance/public/...", "/api/issuance/public/..a/b..", "/api/issuance/public/%E2%80%AE", "/api/issuance/public/q",
                "/api/issuance/public/%3B..", "/api/issuance/public/a;/..;/q")) {
            ServicePath path;
            try {
                path = ServicePath.of("issuance", raw, "a=1");
            } catch (PathRefusal refused) {
                continue;
            }
            URI sent = URI.create("http://127.0.0.1:8084/api/" + path.pathAndQuery());
            assertThat(sent.normalize().getRawPath()).as(raw).isEqualTo(sent.getRawPath()).startsWith("/api/");
        }
    }

    private static String query(String raw) {
        return ServicePath.of("intake", "/api/intake/x", raw).pathAndQuery().substring("x?".length());
    }

    private static void assertRefused(String service, String raw, PathFault fault) {
        assertThatThrownBy(() -> ServicePath.of(service, raw, null)).as(raw)
                .isInstanceOfSatisfying(PathRefusal.class, r -> assertThat(r.fault()).as(raw).isEqualTo(fault));
    }
}
