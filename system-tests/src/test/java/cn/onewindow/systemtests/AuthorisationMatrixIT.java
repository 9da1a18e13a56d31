package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The authorisation matrix (授权矩阵), generated from docs/authorisation-matrix.yaml (the hall's policy)
 * and the services' own OpenAPI documents: every operation × every post × (valid / expired / tampered /
 * other realm's / no token), plus own and other department on a real case and on real work orders, and
 * delegation in force or never granted at the window. Allowed means the call got past authority (any answer but 401/403, never
 * a 5xx); denied means 403 (401 for a bad token). Operations are called on a case that does not exist
 * and with an empty body, so an allowed call ends in 404 or 400 and changes nothing — except the
 * certificate key rotation, an act on no case (old keys keep verifying), and a department's hand-over, which
 * issuance keeps until that case's decision arrives (202; EarlyHandovers): both are printed.
 */
class AuthorisationMatrixIT {
    /**
     * One staff member per post (the demo realm), and the AMR department's own system; and an applicant (the realm role
     * applicant, #23), a caller like a post: allowed only where the policy lists it, and where it is public or
     * "authenticated".
     */
    static final Map<String, String> USERS = Map.ofEntries(Map.entry("window-clerk", "clerk1"), Map.entry("mid-desk", "middesk1"),
            Map.entry("material-runner", "runner1"), Map.entry("department-reviewer", "reviewer.amr"),
            Map.entry("chief-representative", "chief.amr"), Map.entry("issuance-clerk", "issuer1"),
            Map.entry("supervisor", "supervisor1"), Map.entry("hall-admin", "admin1"), Map.entry("operator", "operator1"),
            Map.entry("pre-reviewer", "prereviewer1"), Map.entry("helper", "helper1"), Map.entry("enquiry-desk", "enquiry1"),
            Map.entry("applicant", "applicant1"));

    static List<ApiOperations.Operation> operations;
    static Map<String, String> tokens;

    @BeforeAll
    static void suite() throws Exception {
        Suite.start();
        operations = ApiOperations.load();
        JsonNode policy = ApiOperations.policy();
        for (String service : ApiOperations.SERVICES) {
            TreeSet<String> declared = new TreeSet<>();
            operations.stream().filter(o -> o.service().equals(service)).forEach(o -> declared.add(o.method() + " " + o.path()));
            TreeSet<String> written = new TreeSet<>();
            policy.path(service).fieldNames().forEachRemaining(written::add);
            assertThat(declared).as("%s's operations and the policy's entries for it", service).isEqualTo(written);
        }
        tokens = new LinkedHashMap<>();
        USERS.forEach((post, user) -> tokens.put(post, Http.freshToken(user)));
        tokens.put("department-system", Http.clientToken("dept-amr-system", "amr-system-secret"));
    }

    @Test
    void everyPostGetsTheAnswerThePolicyGives() {
        int checks = 0;
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Operation op : operations) {
            String rule = op.rule().isArray() ? "posts" : op.rule().asText();
            if ("proxy".equals(rule)) {
                continue; // the service's own entry decides; its operations are in the matrix themselves
            }
            for (var post : tokens.entrySet()) {
                boolean allowed = switch (rule) {
                    case "public", "authenticated" -> true;
                    default -> contains(op.rule(), post.getKey());
                };
                var reply = call(op, "Bearer " + post.getValue());
                checks++;
                if (!op.method().equals("GET") && reply.status() < 300) {
                    // the one act without a case (a key rotation) succeeds; anything else writing would show here
                    System.out.println("  allowed call that wrote: " + op.name() + " as " + post.getKey() + " -> " + reply.status());
                }
                if (reply.status() >= 500 || (allowed ? reply.status() == 401 || reply.status() == 403 : reply.status() != 403)) {
                    wrong.add(op.name() + " as " + post.getKey() + ": expected " + (allowed ? "allowed" : "403") + ", got "
                            + reply.status() + " " + abbreviate(reply.body()));
                } else if (!allowed && !reply.body().contains("\"titleZh\"")) {
                    wrong.add(op.name() + " as " + post.getKey() + ": 403 without a problem document");
                }
            }
        }
        report("posts", checks, wrong);
    }

    @Test
    void aBadTokenIsRefusedEverywhere() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        for (var post : tokens.entrySet()) {
            bad.put("tampered " + post.getKey(), "Bearer " + tampered(post.getValue()));
        }
        bad.put("another realm's", "Bearer " + otherRealmToken());
        bad.put("none", null);
        bad.put("not a JWT", "Bearer not-a-token");
        bad.putAll(expiredTokens());
        int checks = 0;
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Operation op : operations) {
            String rule = op.rule().isArray() ? "posts" : op.rule().asText();
            if ("public".equals(rule)) {
                continue;
            }
            String url = "proxy".equals(rule) ? Suite.gateway() + "/api/intake/cases/mine" : op.url();
            for (var token : bad.entrySet()) {
                var reply = "proxy".equals(rule) ? Http.call(op.method(), url, token.getValue(), "application/json",
                        "application/json", op.method().equals("GET") || op.method().equals("DELETE") ? null : "{}")
                        : call(op, token.getValue());
                checks++;
                if (reply.status() != 401) {
                    wrong.add(op.name() + " with " + token.getKey() + " token: expected 401, got " + reply.status() + " "
                            + abbreviate(reply.body()));
                }
            }
        }
        report("bad tokens", checks, wrong);
    }

    @Test
    void departmentsStayInTheirOwnDepartmentAndTheWindowWithinItsDelegations() {
        String gw = Suite.gateway();
        var accepted = Window.takeIn(gw + "/api/intake", Http.token("clerk1"), "TAX-0002", "PERSON", "矩阵测试人",
                "11010519491231002X");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String caseId = Window.caseId(accepted);
        Http.await(Suite.service("approval-service") + "/api/department/cases/" + caseId, Http.token("reviewer.tax"),
                r -> r.status() == 200, Duration.ofSeconds(60));
        Map<String, String> own = Map.of("reviewer.tax", Http.token("reviewer.tax"),
                "dept-tax-system", Http.clientToken("dept-tax-system", "tax-system-secret"));
        Map<String, String> other = Map.of("reviewer.amr", Http.token("reviewer.amr"), "chief.amr", Http.token("chief.amr"),
                "dept-amr-system", Http.clientToken("dept-amr-system", "amr-system-secret"));
        // a step of the case, by its own department, for the step's own operations
        var step = Http.post(Suite.service("approval-service") + "/api/department/cases/" + caseId + "/steps",
                own.get("reviewer.tax"), Map.of("kind", "SITE_CHECK"));
        assertThat(step.status()).as(step.body()).isBetween(200, 201);
        String stepId = step.json().get("id").asText();
        int checks = 0;
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Operation op : operations) {
            if (!op.service().equals("approval-service") || !op.path().contains("{caseId}")) {
                continue;
            }
            ApiOperations.Operation onCase = new ApiOperations.Operation(op.service(), op.method(),
                    op.path().replace("{caseId}", caseId).replace("{stepId}", stepId), op.rule(), op.openApi());
            String act = op.path().substring(op.path().lastIndexOf('/'));
            String body = op.hasBody() ? VALID_ACT.getOrDefault(act, "{}") : null;
            for (var t : other.entrySet()) {
                var reply = call(onCase, "Bearer " + t.getValue(), body);
                checks++;
                // another department's case is not there for them: the 404 of a case that does not exist (#20, item 10);
                // a post the operation is not for at all is refused 403 before the case is looked at
                boolean postMayCall = contains(op.rule(), Map.of("reviewer.amr", "department-reviewer", "chief.amr",
                        "chief-representative", "dept-amr-system", "department-system").get(t.getKey()));
                int expected = postMayCall ? 404 : 403;
                if (reply.status() != expected || (postMayCall && !reply.body().contains("\"not-found\""))) {
                    wrong.add(op.name() + " on a TAX case as " + t.getKey() + ": expected " + expected + ", got " + reply.status()
                            + " " + abbreviate(reply.body()));
                }
            }
            if (op.method().equals("GET")) { // the department's own reads (its writes need real bodies: the flow tests)
                for (var t : own.entrySet()) {
                    var reply = call(onCase, "Bearer " + t.getValue());
                    checks++;
                    if (reply.status() != 200) {
                        wrong.add(op.name() + " on a TAX case as " + t.getKey() + ": expected 200, got " + reply.status());
                    }
                }
            }
        }
        // the case's timeline at the gateway (names, acts): its own department's staff open it; to another's it
        // is not there at all — the very answer a case that does not exist gets, so no one learns which cases exist
        String timeline = gw + "/api/timeline/" + caseId;
        Http.await(timeline, Http.token("supervisor1"), r -> r.status() == 200 && r.json().size() > 0, Duration.ofSeconds(60));
        for (var t : Map.of("reviewer.amr", other.get("reviewer.amr"), "chief.amr", other.get("chief.amr")).entrySet()) {
            var reply = Http.get(timeline, t.getValue());
            var unknown = Http.get(gw + "/api/timeline/" + ApiOperations.NO_CASE, t.getValue());
            checks++;
            if (reply.status() != 404 || unknown.status() != 404
                    || !reply.body().replace(caseId, "?").equals(unknown.body().replace(ApiOperations.NO_CASE, "?"))) {
                wrong.add("gateway timeline of a TAX case as " + t.getKey() + ": expected the 404 of an unknown case ("
                        + unknown.status() + " " + abbreviate(unknown.body()) + "), got " + reply.status() + " " + abbreviate(reply.body()));
            }
        }
        var ownTimeline = Http.get(timeline, own.get("reviewer.tax"));
        checks++;
        if (ownTimeline.status() != 200) {
            wrong.add("gateway timeline of a TAX case as reviewer.tax: expected 200, got " + ownTimeline.status());
        }
        // the window: an item whose delegation is in force is taken in; one never delegated is refused
        String clerk = Http.token("clerk1");
        var inForce = Window.takeIn(Suite.service("intake-service") + "/api", clerk, "AMR-0001", "ORGANISATION",
                "矩阵授权测试有限公司", "91350100M000100Y43");
        checks++;
        if (inForce.status() != 201) {
            wrong.add("intake of AMR-0001 (delegation in force): expected 201, got " + inForce.status());
        }
        long cases = Db.count("intake", "select count(*) from intake_case");
        var never = Http.post(Suite.service("intake-service") + "/api/cases", clerk, Map.of("itemCode", "EE-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "矩阵授权测试有限公司", "idNumber", "91350100M000100Y43"),
                "materials", List.of(), "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(Suite.service("intake-service") + "/api", clerk, "EE-0001")));
        checks++;
        if (never.status() != 403 || !never.body().contains("not-delegated")) {
            wrong.add("intake of EE-0001 (never delegated): expected 403 not-delegated, got " + never.status() + " "
                    + abbreviate(never.body()));
        }
        assertThat(Db.count("intake", "select count(*) from intake_case")).isEqualTo(cases);
        report("departments and delegations", checks, wrong);
    }

    /**
     * Evaluation's work orders by department, as approval's cases: on a TAX rectification order and a complaint
     * the supervisor gave to TAX, every act a department post may call on an order is refused to AMR's reviewer
     * and chief representative (403 other-department where their post may call it) and changes nothing; the
     * lists show each department its own orders only; TAX's reviewer and the supervisor act on them.
     */
    @Test
    void workOrdersStayWithTheirDepartment() {
        String evaluation = Suite.service("evaluation-service");
        // the order a bad rating of a TAX case opens, made here directly (ThinFlowIT walks a case to its rating)
        long order = ((Number) Db.one("evaluation", "insert into rectification_order (case_id, stage, status, opened_at, deadline,"
                + " department_code, level) values (?, 'BACK_OFFICE', 'OPEN', now(), now() + interval '5 days', 'TAX', 1) returning id",
                "MATRIX-" + java.util.UUID.randomUUID()).get("id")).longValue();
        var received = Http.post(evaluation + "/api/complaints", Http.token("clerk1"),
                Map.of("complainantName", "矩阵测试人", "content", "矩阵测试：办不成事", "channel", "WINDOW"));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        long complaint = received.json().get("id").asLong();
        var assigned = Http.post(evaluation + "/api/complaints/" + complaint + "/assignment", Http.token("supervisor1"),
                Map.of("leadSection", "TAX"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        Map<String, String> other = Map.of("department-reviewer", Http.token("reviewer.amr"),
                "chief-representative", Http.token("chief.amr"));
        int checks = 0;
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Operation op : operations) {
            if (!op.service().equals("evaluation-service") || !op.path().contains("{id}")
                    || !(contains(op.rule(), "department-reviewer") || contains(op.rule(), "chief-representative"))) {
                continue;
            }
            long id = op.path().startsWith("/api/work-orders") ? order : complaint;
            ApiOperations.Operation onOrder = new ApiOperations.Operation(op.service(), op.method(),
                    op.path().replace("{id}", String.valueOf(id)), op.rule(), op.openApi());
            String body = ORDER_ACT.getOrDefault(op.path().substring(op.path().lastIndexOf('/')), "{}");
            for (var t : other.entrySet()) {
                var reply = call(onOrder, "Bearer " + t.getValue(), body);
                checks++;
                // a post the operation allows reaches the department check; another stops at the post check
                boolean reachesDepartment = contains(op.rule(), t.getKey());
                if (reply.status() != 403 || (reachesDepartment && !reply.body().contains("\"other-department\""))) {
                    wrong.add(op.name() + " on a TAX order as AMR's " + t.getKey() + ": expected 403"
                            + (reachesDepartment ? " other-department" : "") + ", got " + reply.status() + " " + abbreviate(reply.body()));
                }
            }
        }
        var unchanged = Db.one("evaluation", "select (status = 'OPEN' and verified_at is null and appeal_status is null) as untouched"
                + " from rectification_order where id = ?", order);
        checks++;
        if (!Boolean.TRUE.equals(unchanged.get("untouched"))) {
            wrong.add("the TAX work order was changed by AMR's staff");
        }
        checks++;
        if (Db.count("evaluation", "select count(*) from supervision_order where id = ? and feedback_at is null", complaint) != 1) {
            wrong.add("the TAX complaint was answered by AMR's staff");
        }
        // the lists: AMR's staff see neither, TAX's reviewer and the supervisor see both
        Map<String, String> seeing = Map.of("reviewer.tax", Http.token("reviewer.tax"), "supervisor1", Http.token("supervisor1"));
        for (String list : List.of("/api/work-orders", "/api/complaints")) {
            long id = list.equals("/api/work-orders") ? order : complaint;
            for (var t : other.entrySet()) {
                var reply = Http.get(evaluation + list, t.getValue());
                checks++;
                if (reply.status() != 200 || ids(reply.json()).contains(id)) {
                    wrong.add(list + " as AMR's " + t.getKey() + ": expected 200 without TAX's order " + id + ", got " + reply.status());
                }
            }
            for (var t : seeing.entrySet()) {
                var reply = Http.get(evaluation + list, t.getValue());
                checks++;
                if (reply.status() != 200 || !ids(reply.json()).contains(id)) {
                    wrong.add(list + " as " + t.getKey() + ": expected 200 with TAX's order " + id + ", got " + reply.status());
                }
            }
        }
        // TAX's own reviewer appeals and answers; the supervisor works the order (TAX has no chief representative in the demo realm)
        String taxReviewer = Http.token("reviewer.tax");
        for (var act : List.of(
                Map.entry("/api/work-orders/" + order + "/appeal", Map.of("reason", "矩阵测试：误评")),
                Map.entry("/api/complaints/" + complaint + "/feedback", Map.of("text", "矩阵测试：已整改")))) {
            var reply = Http.post(evaluation + act.getKey(), taxReviewer, act.getValue());
            checks++;
            if (reply.status() != 200) {
                wrong.add(act.getKey() + " as reviewer.tax (own department): expected 200, got " + reply.status() + " " + abbreviate(reply.body()));
            }
        }
        var step = Http.post(evaluation + "/api/work-orders/" + order + "/steps", Http.token("supervisor1"),
                Map.of("step", "VERIFIED", "text", "矩阵测试：督办核实"));
        checks++;
        if (step.status() != 200) {
            wrong.add("a step on a TAX order as the supervisor: expected 200, got " + step.status() + " " + abbreviate(step.body()));
        }
        // who acted is kept with each act
        checks++;
        if (Db.count("evaluation", "select count(*) from rectification_order where id = ? and appealed_by_id is not null"
                + " and verified_by_id is not null", order) != 1
                || Db.count("evaluation", "select count(*) from supervision_order where id = ? and feedback_by_id is not null"
                + " and assigned_by_id is not null and received_by_id is not null", complaint) != 1) {
            wrong.add("an act on the TAX orders without who did it");
        }
        report("work orders by department", checks, wrong);
    }

    /** A valid body for each of evaluation's acts on an order, so another department's call reaches the department check. */
    static final Map<String, String> ORDER_ACT = Map.of(
            "/appeal", "{\"reason\":\"矩阵测试\"}",
            "/steps", "{\"step\":\"VERIFIED\",\"text\":\"矩阵测试\"}",
            "/feedback", "{\"text\":\"矩阵测试\"}");

    private static java.util.Set<Long> ids(JsonNode list) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        list.forEach(o -> out.add(o.path("id").asLong()));
        return out;
    }

    private static Http.Reply call(ApiOperations.Operation op, String authorization) {
        return call(op, authorization, op.hasBody() ? "{}" : null);
    }

    private static Http.Reply call(ApiOperations.Operation op, String authorization, String body) {
        return Http.call(op.method(), op.url(), authorization, op.contentType(), op.accept(), body);
    }

    /**
     * A valid body for each of approval's acts on a case, so another department's call reaches the
     * department check instead of stopping at validation (an empty body there is refused with 400 anyway).
     */
    static final Map<String, String> VALID_ACT = Map.of(
            "/acceptance", "{\"decision\":\"ACCEPT\"}",
            "/decision", "{\"outcome\":\"DENIED\",\"reasons\":\"矩阵测试\"}",
            "/payments", "{\"amountCents\":100,\"reference\":\"MATRIX-1\"}",
            "/steps", "{\"kind\":\"SITE_CHECK\"}",
            "/supplement-request", "{\"materials\":[{\"code\":\"ID\",\"name\":\"身份证\"}]}",
            "/completion", "{\"outcome\":\"合格\"}",
            "/claim", "{}",
            "/commitment-checks", "{\"materialCode\":\"ADDR\",\"outcome\":\"TRUE\"}",
            "/joint-opinion", "{\"opinion\":\"AGREE\",\"reasons\":\"矩阵测试\"}",
            "/forwarding", "{\"opinion\":\"AGREE\",\"reasons\":\"矩阵测试\"}");

    /** The same token with one claim changed and the signature kept: what a clerk might try. */
    static String tampered(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        ObjectNode claims = (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.putObject("realm_access").putArray("roles").add("hall-admin").add("department-reviewer");
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Http.JSON.writeValueAsString(claims).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** A genuine Keycloak token, signed by Keycloak — but for the master realm, not the hall's. */
    static String otherRealmToken() {
        var r = Http.call("POST", "http://127.0.0.1:" + Suite.KEYCLOAK + "/realms/master/protocol/openid-connect/token", null,
                "application/x-www-form-urlencoded", "application/json", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("access_token").asText();
    }

    /**
     * Each staff post's token after it expired: issued through a copy of the CLI client whose tokens live
     * one second (made with Keycloak's admin API for this test), used two seconds later.
     */
    static Map<String, String> expiredTokens() throws Exception {
        String admin = otherRealmToken();
        String clients = "http://127.0.0.1:" + Suite.KEYCLOAK + "/admin/realms/onewindow/clients";
        var found = Http.get(clients + "?clientId=onewindow-cli-expiring", admin).json();
        if (found.isEmpty()) {
            ObjectNode cli = (ObjectNode) Http.get(clients + "?clientId=onewindow-cli", admin).json().get(0);
            cli.remove("id");
            cli.put("clientId", "onewindow-cli-expiring");
            ((ObjectNode) cli.with("attributes")).put("access.token.lifespan", "1");
            cli.path("protocolMappers").forEach(m -> ((ObjectNode) m).remove("id"));
            var created = Http.call("POST", clients, "Bearer " + admin, "application/json", "application/json", Http.JSON.writeValueAsString(cli));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var u : USERS.entrySet()) {
            var r = Http.call("POST", "http://127.0.0.1:" + Suite.KEYCLOAK + "/realms/onewindow/protocol/openid-connect/token",
                    null, "application/x-www-form-urlencoded", "application/json", "grant_type=password&client_id=onewindow-cli-expiring&username="
                            + u.getValue() + "&password=onewindow");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            out.put("expired " + u.getKey(), "Bearer " + r.json().get("access_token").asText());
        }
        Http.sleep(2500);
        return out;
    }

    private static boolean contains(JsonNode posts, String post) {
        for (JsonNode p : posts) {
            if (p.asText().equals(post)) {
                return true;
            }
        }
        return false;
    }

    private static void report(String part, int checks, List<String> wrong) {
        System.out.printf("AUTHORISATION MATRIX (%s): %d checks, %d failures%n", part, checks, wrong.size());
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(wrong).as(part).isEmpty();
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
