import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's own system in one file, with nothing but the JDK (docs/departments.md walks through it):
 * it gets a token from the hall's Keycloak with its client credentials, reads its department's feed after
 * the cursor it kept, and for each new case takes the acceptance decision (where the window only received
 * the file) and the decision. A real system decides after its own examination; this one approves everything.
 *
 * <pre>
 * java DepartmentClient.java                      # runs until stopped, polling every 2 s
 * java DepartmentClient.java --case DX-20261123-000042 --timeout 60   # acts on that case only, then exits
 * </pre>
 * Settings (defaults: the local demo run, deploy/local/suite.sh start): OW_GATEWAY, OW_TOKEN_URL, OW_CLIENT_ID,
 * OW_CLIENT_SECRET, OW_CURSOR_FILE (where the cursor is kept between runs).
 * <p>
 * Exit status: 0 done (with --case: that case is decided), 1 a call failed for good or the time ran out, 2 usage.
 */
public class DepartmentClient {
    static final String FEED = "/api/approval/department/cases/feed";
    static final String CASES = "/api/approval/department/cases/";

    final String gateway = env("OW_GATEWAY", "http://127.0.0.1:8080");
    final String tokenUrl = env("OW_TOKEN_URL", "http://127.0.0.1:18180/realms/onewindow/protocol/openid-connect/token");
    final String clientId = env("OW_CLIENT_ID", "dept-amr-system");
    final String clientSecret = env("OW_CLIENT_SECRET", "amr-system-secret");
    final Path cursorFile = Path.of(env("OW_CURSOR_FILE", "department-client.cursor"));
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public static void main(String[] args) throws Exception {
        String only = null;
        Duration timeout = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--case" -> only = args[++i];
                    case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("usage: java DepartmentClient.java [--case <caseId>] [--timeout <seconds>]");
            System.exit(2);
        }
        try {
            System.exit(new DepartmentClient().run(only, timeout));
        } catch (Problem | IOException p) {
            System.err.println("failed: " + p);
            System.exit(1);
        }
    }

    /** The feed loop: every case after the cursor, in arrival order; the cursor moves on once a case is dealt with. */
    int run(String only, Duration timeout) throws IOException, InterruptedException {
        Instant until = timeout == null ? Instant.MAX : Instant.now().plus(timeout);
        long cursor = readCursor();
        while (Instant.now().isBefore(until)) {
            Map<String, Object> page = object(call("GET", FEED + "?after=" + cursor + "&limit=50", null));
            List<Object> cases = list(page.get("cases"));
            for (Object item : cases) {
                Map<String, Object> c = object(item);
                String caseId = (String) c.get("caseId");
                if (only == null || only.equals(caseId)) {
                    handle(caseId);
                }
                // kept only after the case was dealt with: a crash in between reads it again (at least once), and
                // handle() looks at its status first, so acting on it twice is never attempted
                cursor = ((Number) c.get("cursor")).longValue();
                saveCursor(cursor);
                if (caseId.equals(only)) {
                    return 0;
                }
            }
            if (cases.isEmpty()) {
                Thread.sleep(2000);
            }
        }
        System.err.println(only == null ? "stopped after the timeout" : only + " did not reach the feed in time");
        return only == null ? 0 : 1;
    }

    /** Acts by the case's status as it is now, and reads it again after each act, until it is decided. */
    void handle(String caseId) throws IOException, InterruptedException {
        for (int attempt = 1; attempt <= 10; attempt++) {
            Map<String, Object> c = object(call("GET", CASES + caseId, null));
            String status = (String) c.get("status");
            try {
                switch (status) {
                    case "AWAITING_ACCEPTANCE" -> {
                        // the window only received the file: the department decides whether to accept it
                        call("POST", CASES + caseId + "/acceptance", Map.of("decision", "ACCEPT"));
                        System.out.println(caseId + " accepted");
                    }
                    case "QUEUED" -> {
                        call("POST", CASES + caseId + "/decision", Map.of("outcome", "APPROVED", "resultKind", "LICENCE",
                                "resultTitle", String.valueOf(c.get("itemName"))));
                        System.out.println(caseId + " approved");
                    }
                    case "APPROVED", "DENIED", "NOT_ACCEPTED", "TERMINATED" -> {
                        // decided already: by us before a crash, by a reviewer, or settled at the window
                        System.out.println(caseId + " " + status);
                        return;
                    }
                    // a status this client does not know (a newer OneWindow): never report it as decided
                    default -> throw new IOException(caseId + " has a status this client does not know: " + status);
                }
            } catch (Problem p) {
                // someone acted first (409 already-accepted, already-decided…), or the act may have taken effect though
                // its answer was lost (502 outcome-unknown): read the case again rather than repeat the act blindly
                if (p.status != 409 && p.status != 502) {
                    throw p;
                }
                System.out.println(caseId + ": " + p.code + ", reading it again");
            }
        }
        throw new Problem(0, "gave-up", caseId + " is still not decided after 10 rounds");
    }

    /**
     * One call through the gateway with the token. 503 (nothing was done: service-unavailable, database-unavailable)
     * is tried again after Retry-After; 502 outcome-unknown may have taken effect, so it is not repeated blindly:
     * the caller reads the case again (handle does). A 401 gets a new token once.
     */
    Object call(String method, String path, Map<String, Object> body) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            var request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                return r.body().isEmpty() ? null : Json.read(r.body());
            }
            Problem p = Problem.of(r);
            if (r.statusCode() == 401 && attempt == 1) {
                tokenExpires = Instant.EPOCH;
            } else if (r.statusCode() == 503 && attempt < 5) {
                Thread.sleep(1000L * r.headers().firstValue("Retry-After").map(DepartmentClient::seconds).orElse(2L));
            } else if (r.statusCode() == 502 && "GET".equals(method) && attempt < 5) {
                Thread.sleep(2000);
            } else {
                throw p;
            }
        }
    }

    /** A client-credentials token, fetched again shortly before it expires. */
    String token() throws IOException, InterruptedException {
        if (Instant.now().isAfter(tokenExpires.minusSeconds(30))) {
            String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new Problem(r.statusCode(), "no-token", "Keycloak gave no token: " + r.body());
            }
            Map<String, Object> t = object(Json.read(r.body()));
            token = (String) t.get("access_token");
            tokenExpires = Instant.now().plusSeconds(((Number) t.get("expires_in")).longValue());
        }
        return token;
    }

    long readCursor() throws IOException {
        return Files.exists(cursorFile) ? Long.parseLong(Files.readString(cursorFile).strip()) : 0;
    }

    void saveCursor(long cursor) throws IOException {
        Path tmp = cursorFile.resolveSibling(cursorFile.getFileName() + ".tmp");
        Files.writeString(tmp, Long.toString(cursor));
        Files.move(tmp, cursorFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /** A refusal as the services answer it (application/problem+json): act on {@code code}, show {@code detailZh} to people. */
    static class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Problem(int status, String code, String detail) {
            super(status + " " + code + ": " + detail);
            this.status = status;
            this.code = code;
        }

        static Problem of(HttpResponse<String> r) {
            try {
                Map<String, Object> p = object(Json.read(r.body()));
                return new Problem(r.statusCode(), String.valueOf(p.get("code")), String.valueOf(p.get("detail")));
            } catch (RuntimeException notJson) {
                return new Problem(r.statusCode(), "unreadable-answer", r.body());
            }
        }
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object read(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing text at " + j.i);
            }
            return v;
        }

        static String write(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof Map<?, ?> m) {
                List<String> parts = new ArrayList<>();
                m.forEach((k, x) -> parts.add(write(String.valueOf(k)) + ":" + write(x)));
                return "{" + String.join(",", parts) + "}";
            }
            if (v instanceof List<?> l) {
                return "[" + String.join(",", l.stream().map(Json::write).toList()) + "]";
            }
            if (v instanceof Number || v instanceof Boolean) {
                return v.toString();
            }
            StringBuilder b = new StringBuilder("\"");
            for (char c : v.toString().toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    do {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        m.put(key, value());
                        space();
                    } while (s.charAt(i++) == ',');
                    if (s.charAt(i - 1) != '}') {
                        throw new IllegalArgumentException("expected } at " + (i - 1));
                    }
                    return m;
                }
                case '[' -> {
                    List<Object> l = new ArrayList<>();
                    i++;
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    do {
                        l.add(value());
                        space();
                    } while (s.charAt(i++) == ',');
                    if (s.charAt(i - 1) != ']') {
                        throw new IllegalArgumentException("expected ] at " + (i - 1));
                    }
                    return l;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    for (String word : List.of("true", "false", "null")) {
                        if (s.startsWith(word, i)) {
                            i += word.length();
                            return word.equals("null") ? null : Boolean.valueOf(word);
                        }
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String n = s.substring(start, i);
                    if (n.isEmpty()) {
                        throw new IllegalArgumentException("unexpected " + c + " at " + start);
                    }
                    return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
            i++;
            return b.toString();
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i);
            }
            i++;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    /** Retry-After in seconds; an HTTP date (also allowed by RFC 9110) or anything else unreadable: 2 s. */
    static long seconds(String retryAfter) {
        try {
            return Math.max(0, Math.min(60, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException notSeconds) {
            return 2;
        }
    }
}
