package cn.onewindow.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which rule of the rendered HTTPRoutes a request reaches, by the Gateway API's matching (standard channel, path
 * matches only — the manifests use no header, query or method matches): among the routes attached to the listener
 * for the host, an Exact match wins over any prefix, a longer prefix over a shorter one; a PathPrefix matches whole
 * path elements ({@code /realms/onewindow} matches {@code /realms/onewindow/…}, never {@code /realms/onewindow2}).
 */
final class Routes {
    /** One rule a request reached: its route, the rule, and the matched path's length (for precedence). */
    record Hit(JsonNode route, JsonNode rule, boolean exact, int length) {
        String backend() {
            return rule.at("/backendRefs/0/name").asText(null);
        }

        Optional<String> requestTimeout() {
            return Optional.ofNullable(rule.at("/timeouts/request").asText(null));
        }
    }

    private final List<JsonNode> routes;

    Routes(List<? extends JsonNode> objects) {
        this.routes = objects.stream().filter(o -> "HTTPRoute".equals(o.path("kind").asText())).map(JsonNode.class::cast).toList();
    }

    /** The rule a request for {@code host}{@code path} reaches on the Gateway's {@code listener}, if any. */
    Optional<Hit> reach(String listener, String host, String path) {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode route : routes) {
            boolean attached = false;
            for (JsonNode parent : route.at("/spec/parentRefs")) {
                attached |= listener.equals(parent.path("sectionName").asText());
            }
            if (!attached || !servesHost(route, host)) {
                continue;
            }
            for (JsonNode rule : route.at("/spec/rules")) {
                if (!rule.has("matches")) {
                    hits.add(new Hit(route, rule, false, 1)); // no match given: PathPrefix "/"
                }
                for (JsonNode match : rule.path("matches")) {
                    String type = match.at("/path/type").asText("PathPrefix");
                    String value = match.at("/path/value").asText("/");
                    if ("Exact".equals(type) && value.equals(path)) {
                        hits.add(new Hit(route, rule, true, value.length()));
                    } else if ("PathPrefix".equals(type) && prefixMatches(value, path)) {
                        hits.add(new Hit(route, rule, false, value.length()));
                    }
                }
            }
        }
        return hits.stream().max(Comparator.comparing(Hit::exact).thenComparingInt(Hit::length));
    }

    static boolean prefixMatches(String prefix, String path) {
        String p = prefix.endsWith("/") && prefix.length() > 1 ? prefix.substring(0, prefix.length() - 1) : prefix;
        return p.equals("/") || path.equals(p) || path.startsWith(p + "/");
    }

    private static boolean servesHost(JsonNode route, String host) {
        JsonNode hostnames = route.at("/spec/hostnames");
        if (hostnames.isMissingNode() || hostnames.isEmpty()) {
            return true;
        }
        for (JsonNode h : hostnames) {
            if (h.asText().equals(host)) {
                return true;
            }
        }
        return false;
    }
}
