package cn.onewindow.systemtests;

import java.net.CookieHandler;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for loopback hosts: like browsers, it sends Secure cookies to
 * http://127.0.0.1 (a potentially trustworthy origin), which java.net.CookieManager does not —
 * Keycloak marks its login-session cookies Secure. Paths are ignored (one host, few cookies).
 */
final class LoopbackCookieJar extends CookieHandler {
    private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, String> jar = byHost.getOrDefault(uri.getHost(), Map.of());
        if (jar.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String v : values) {
                    String pair = v.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String key = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    Map<String, String> jar = byHost.computeIfAbsent(uri.getHost(), h -> new LinkedHashMap<>());
                    boolean expired = v.toLowerCase().contains("max-age=0") || value.isEmpty();
                    if (expired) {
                        jar.remove(key);
                    } else {
                        jar.put(key, value);
                    }
                }
            }
        });
    }
}
