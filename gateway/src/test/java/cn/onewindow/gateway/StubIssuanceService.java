package cn.onewindow.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the issuance service behind the gateway: answers every request with what it received, the
 * raw path and query, so a test sees exactly what the gateway forwarded — and, for a request that must never
 * reach a service, that it did not ({@link #MARK} is in every answer of the stub). Started once for all of the
 * gateway's component tests (no other test calls the issuance service), so the application starts only once.
 */
public class StubIssuanceService implements QuarkusTestResourceLifecycleManager {
    public static final String MARK = "stub-issuance-service";
    /** The key set's ETag here; a request naming it gets a 304, so a test sees that the gateway passed it on. */
    public static final String KEY_SET_TAG = "\"stub-key-set-1\"";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", StubIssuanceService::echo);
        server.start();
        return Map.of("onewindow.services.issuance", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String query = exchange.getRequestURI().getRawQuery();
        byte[] body = ("{\"mark\":\"" + MARK + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                + json(exchange.getRequestURI().getRawPath()) + "\",\"query\":\"" + json(query == null ? "" : query) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (exchange.getRequestURI().getRawPath().endsWith("/jwks.json")) {
            // as the certificates' key set is: cacheable for a minute, revalidated by its ETag
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=60");
            exchange.getResponseHeaders().set("ETag", KEY_SET_TAG);
            if (KEY_SET_TAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
