package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bad input at every REST operation of every service (#10), generated: random and malformed JSON
 * bodies, wrong content types, odd Unicode, huge payloads, mangled path ids and query strings, sent
 * with a token of a post allowed to call the operation (so the input reaches the checks behind the
 * authority check). Never a 5xx; every refusal is an RFC 7807 problem with an English and a Chinese
 * message; and nothing is written — no event in any service's outbox, no trail entry.
 */
class BadInputPropertiesIT {
    static List<ApiOperations.Operation> operations;
    static Map<String, String> tokenOfPost;
    static Map<String, Long> writesBefore;
    static final Map<String, AtomicInteger> tried = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> serverErrors = new ConcurrentHashMap<>();

    record Input(String body, String contentType, String pathNoise, String query, String accept) {
    }

    @BeforeContainer
    static void suite() {
        Suite.start();
        // the key rotation takes no input (an act on no case) and the proxy forwards to operations tried here
        operations = ApiOperations.load().stream()
                .filter(o -> !o.path().equals("/api/certificate-keys/rotation"))
                .filter(o -> !"proxy".equals(o.rule().asText()))
                .toList();
        tokenOfPost = new TreeMap<>();
        AuthorisationMatrixIT.USERS.forEach((post, user) -> tokenOfPost.put(post, Http.token(user)));
        tokenOfPost.put("department-system", Http.clientToken("dept-amr-system", "amr-system-secret"));
        writesBefore = settledWrites();
    }

    /**
     * The writes once the suite is quiet: a test before this one may leave a case still travelling through the services
     * (a case settled at the window is routed, queued and issued after its take-in answered), and those writes are not
     * the bad input's. Quiet = the same counts for two seconds (at most half a minute).
     */
    static Map<String, Long> settledWrites() {
        Map<String, Long> last = writes();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Http.sleep(2_000);
            Map<String, Long> now = writes();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    @Property(tries = 2500, afterFailure = AfterFailureMode.SAMPLE_FIRST, edgeCases = EdgeCasesMode.NONE)
    void badInputNeverBreaksAServiceAndIsRefusedWithAProblem(@ForAll("operation") ApiOperations.Operation op,
                                                             @ForAll("input") Input in) {
        tried.computeIfAbsent(op.name(), k -> new AtomicInteger()).incrementAndGet();
        String url = op.url();
        if (in.pathNoise() != null && op.path().contains("{")) {
            url = url.replace(ApiOperations.NO_CASE, in.pathNoise()).replace("999999999", in.pathNoise())
                    .replace("00000000-0000-4000-8000-000000000000", in.pathNoise());
        }
        url = url + in.query();
        var reply = Http.call(op.method(), url, authorisation(op), in.contentType(), in.accept(),
                op.method().equals("GET") || op.method().equals("DELETE") ? null : in.body());
        if (reply.status() >= 500) {
            serverErrors.computeIfAbsent(op.name(), k -> new AtomicInteger()).incrementAndGet();
        }
        assertThat(reply.status()).as("%s %s → %s", op.name(), in, reply.body()).isLessThan(500);
        if (reply.status() >= 400 && reply.status() != 406 && !reply.body().isEmpty()) {
            assertThat(reply.body()).as("%s %s: a problem document in English and Chinese", op.name(), in)
                    .contains("\"status\"").contains("\"detail\"").contains("\"detailZh\"");
        }
    }

    @AfterContainer
    static void report() {
        Map<String, Long> after = writes();
        System.out.println("BAD INPUT: operation, inputs tried, 5xx");
        new TreeMap<>(tried).forEach((op, n) -> System.out.printf("  %-75s %4d %d%n", op, n.get(),
                serverErrors.getOrDefault(op, new AtomicInteger()).get()));
        System.out.printf("BAD INPUT: %d operations, %d inputs, %d 5xx; writes before %s, after %s%n", tried.size(),
                tried.values().stream().mapToInt(AtomicInteger::get).sum(),
                serverErrors.values().stream().mapToInt(AtomicInteger::get).sum(), writesBefore, after);
        assertThat(tried.keySet()).as("every operation was tried").hasSize(operations.size());
        assertThat(after).as("no service wrote an event or a trail entry").isEqualTo(writesBefore);
    }

    /** A token of a post allowed to call the operation, so the input reaches the checks behind authority. */
    private static String authorisation(ApiOperations.Operation op) {
        if (op.rule().isArray() && !op.rule().isEmpty()) {
            return "Bearer " + tokenOfPost.get(op.rule().get(0).asText());
        }
        return "Bearer " + tokenOfPost.get("window-clerk");
    }

    /** Events in every outbox and entries in every trail: the count of what the services wrote. */
    static Map<String, Long> writes() {
        Map<String, Long> out = new TreeMap<>();
        for (String db : List.of("intake", "routing", "approval", "issuance", "evaluation")) {
            out.put(db, Db.count(db, "select (select count(*) from outbox_event) + (select count(*) from trail_entry)"));
        }
        return out;
    }

    @Provide
    Arbitrary<ApiOperations.Operation> operation() {
        return Arbitraries.of(operations);
    }

    @Provide
    Arbitrary<Input> input() {
        Arbitrary<String> body = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, json(3)),
                net.jqwik.api.Tuple.of(5, Arbitraries.strings().all().ofMaxLength(200)),   // any Unicode, not JSON
                net.jqwik.api.Tuple.of(4, Arbitraries.of("", "{", "[]", "null", "true", "\"\"", "{\"a\":}", "\u0000",
                        "{\"itemCode\":\"AMR-0001\"", "{\"caseId\":\"../../etc/passwd\"}", "{\"applicant\":{\"idNumber\":\"' or 1=1 --\"}}")),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(100_000, 3_000_000)
                        .map(n -> "{\"reason\":\"" + "臃".repeat(n / 3) + "\"}")));                  // huge
        Arbitrary<String> contentType = Arbitraries.of("application/json", "application/json", "application/json",
                "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                "application/json; charset=latin1", "garbage");
        Arbitrary<String> pathNoise = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of("%00", "..%2F..%2Fetc", "%E4%B8%AD%E6%96%87", "-1", "0", "99999999999999999999999", "%20", "x%22y",
                        "DX-2026-%F0%9F%98%80", "a".repeat(3000)));
        Arbitrary<String> query = Arbitraries.of("", "", "?date=not-a-date", "?from=2026-13-45&to=x", "?page=-1&size=1000000",
                "?item=%00", "?after=abc", "?year=99999", "?q=%E2%80%AE");
        Arbitrary<String> accept = Arbitraries.of("application/json", "application/json", "*/*", "text/html", "image/png");
        return Combinators.combine(body, contentType, pathNoise, query, accept).as(Input::new);
    }

    /** JSON of random shape: objects with random (sometimes real) field names and values of every kind. */
    static Arbitrary<String> json(int depth) {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("itemCode", "caseId", "outcome", "materials", "applicant",
                "idNumber", "phone", "deliveryMethod", "decision", "kind", "amountCents", "level", "stage", "token", "date",
                "reason", "powers", "year", "days"), Arbitraries.strings().all().ofMaxLength(12));
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40).map(BadInputPropertiesIT::quote),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1e309"),
                Arbitraries.of("true", "false", "null", "[]", "{}", "\"2026-02-30\"", "\"1970-01-01T00:00:00Z\"",
                        "\"AMR-0001\"", "\"APPROVED\"", "-0", "1e400"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> value = Arbitraries.oneOf(scalar, json(depth - 1),
                json(depth - 1).list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"));
        return Combinators.combine(key, value).as((k, v) -> quote(k) + ":" + v).list().ofMaxSize(5)
                .map(fields -> "{" + String.join(",", fields) + "}");
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
