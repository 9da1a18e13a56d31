package cn.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which request paths the gateway routes at all (issue #20, item 4). */
class PathSegmentsTest {
    @Test
    void theHallsOwnPathsAreDecodedSegmentBySegment() {
        assertThat(PathSegments.decode("/")).containsExactly("");
        assertThat(PathSegments.decode("/api/intake/cases/DX-20261123-000001")).containsExactly("api", "intake", "cases", "DX-20261123-000001");
        assertThat(PathSegments.decode("/assets/index-AbC_12.js")).containsExactly("assets", "index-AbC_12.js");
        assertThat(PathSegments.decode("/api/intake/credit/%E5%BC%A0%E4%B8%89")).containsExactly("api", "intake", "credit", "张三");
        assertThat(PathSegments.decode("/api/intake/cases/")).containsExactly("api", "intake", "cases", "");
        assertThat(PathSegments.decode("/a/x%22y/%F0%9F%98%80/a+b/a;b/..x/.x")).containsExactly("a", "x\"y", "😀", "a+b", "a;b", "..x", ".x");
    }

    /** The traversals reported in #20 and their relatives: each refused, for the rule it breaks. */
    @Test
    void aPathTheLayersCouldReadDifferentlyIsRefused() {
        Map<String, PathFault> attacks = Map.ofEntries(
                Map.entry("/api/issuance/public/x%2F..%2F..%2F..%2Fq%2Fmetrics", PathFault.ENCODED_SEPARATOR),
                Map.entry("/api/issuance/public/x%2f..", PathFault.ENCODED_SEPARATOR),
                Map.entry("/api/issuance/public/..%5C..%5Cq", PathFault.ENCODED_SEPARATOR),
                Map.entry("/api/issuance/public/../../q/metrics", PathFault.DOT_SEGMENT),
                Map.entry("/api/issuance/public/./x", PathFault.DOT_SEGMENT),
                Map.entry("/api/issuance/public/%2e%2e/%2E%2E/q/health", PathFault.DOT_SEGMENT),
                Map.entry("/api/issuance/public/.%2e/q", PathFault.DOT_SEGMENT),
                Map.entry("/api/issuance/public/..;/..;/q/openapi", PathFault.DOT_SEGMENT),
                Map.entry("/api/issuance/public/..%3Bx/q", PathFault.DOT_SEGMENT),
                Map.entry("/api/issuance/public/a%00b", PathFault.CONTROL_OR_SPACE),
                Map.entry("/api/issuance/public/a%20b", PathFault.CONTROL_OR_SPACE),
                Map.entry("/api/issuance/public/a%09b", PathFault.CONTROL_OR_SPACE),
                Map.entry("/api/issuance/public/a%0D%0Ab", PathFault.CONTROL_OR_SPACE),
                Map.entry("/api/issuance/public/a%7Fb", PathFault.CONTROL_OR_SPACE),
                Map.entry("/api/issuance/public/a%C2%A0b", PathFault.CONTROL_OR_SPACE),   // no-break space
                Map.entry("/api/issuance/public/a%E3%80%80b", PathFault.CONTROL_OR_SPACE), // ideographic space
                Map.entry("/api/issuance/public/a%E2%80%AEb", PathFault.CONTROL_OR_SPACE), // right-to-left override
                Map.entry("/api/issuance/public/a b", PathFault.UNENCODED_CHARACTER),
                Map.entry("/api/timeline/[]", PathFault.UNENCODED_CHARACTER),
                Map.entry("/api/timeline/\"x\"", PathFault.UNENCODED_CHARACTER),
                Map.entry("/api/issuance/public/..\\..\\q", PathFault.UNENCODED_CHARACTER),
                Map.entry("/api/intake/cases/{id}", PathFault.UNENCODED_CHARACTER),
                Map.entry("/api/intake/cases/证", PathFault.UNENCODED_CHARACTER),
                Map.entry("/api/intake/cases/%", PathFault.MALFORMED_ESCAPE),
                Map.entry("/api/intake/cases/%2", PathFault.MALFORMED_ESCAPE),
                Map.entry("/api/intake/cases/%zz", PathFault.MALFORMED_ESCAPE),
                Map.entry("/api/intake/cases/%C0%AE%C0%AE", PathFault.NOT_UTF8),  // an overlong '.'
                Map.entry("/api/intake/cases/%FF", PathFault.NOT_UTF8),
                Map.entry("/api/intake/cases/%ED%A0%80", PathFault.NOT_UTF8));    // a UTF-16 surrogate
        attacks.forEach((path, fault) -> assertThatThrownBy(() -> PathSegments.decode(path)).as(path)
                .isInstanceOfSatisfying(PathRefusal.class, r -> assertThat(r.fault()).as(path).isEqualTo(fault)));
    }

    @Test
    void aQueryIsHeldToRfc3986() {
        for (String fine : List.of("", "page=2&size=20", "q=%E5%BC%A0%E4%B8%89", "from=2026-11-01T00:00:00Z", "a=/b?c", "x=1;y=2", "ids[]=1&ids[]=2")) {
            PathSegments.checkQuery(fine);
        }
        Map<String, PathFault> refused = Map.of(
                "q=a\\b", PathFault.QUERY_CHARACTER,
                "q=\"x\"", PathFault.QUERY_CHARACTER,
                "q={x}", PathFault.QUERY_CHARACTER,
                "q=a b", PathFault.QUERY_CHARACTER,
                "q=a|b", PathFault.QUERY_CHARACTER,
                "q=%zz", PathFault.MALFORMED_ESCAPE,
                "q=%4", PathFault.MALFORMED_ESCAPE);
        refused.forEach((query, fault) -> assertThatThrownBy(() -> PathSegments.checkQuery(query)).as(query)
                .isInstanceOfSatisfying(PathRefusal.class, r -> assertThat(r.fault()).as(query).isEqualTo(fault)));
    }

    @Test
    void aRefusalIsA400ProblemInBothLanguages() {
        PathRefusal refused = new PathRefusal(PathFault.DOT_SEGMENT);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("malformed-path");
        assertThat(refused.getMessage()).contains("dot segment");
        assertThat(refused.messageZh()).contains("路径段");
        for (PathFault fault : PathFault.values()) {
            assertThat(List.of(fault.en(), fault.zh())).as(fault.name()).allSatisfy(m -> assertThat(m).isNotBlank());
        }
    }
}
