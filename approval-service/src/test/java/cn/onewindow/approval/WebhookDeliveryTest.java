package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.approval.webhook.service.WebhookRetention;
import cn.onewindow.approval.webhook.service.WebhookWorker;
import cn.onewindow.approval.webhook.service.Webhooks;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks on the real PostgreSQL and Kafka, with a receiver on a loopback port and the delivery rounds run by the test
 * at chosen instants (the schedule is off): a receiver that fails and then recovers gets every event of its department's
 * cases once, in each case's order, signed; the back-off holds attempts back until their time; replay sends again from a
 * position and never skips forward, and a failure while a replay was made puts no back-off on it; another department
 * neither sees nor touches a webhook; bad input, and an address that is not public, is refused with nothing stored; a
 * failed connection says no more than "could not connect"; a query in the address is sent, never shown; a webhook whose
 * lease was lost before its turn is not sent to; retention forgets only what every webhook acknowledged, more than a
 * batch per run. Departments WHA, WHB and WHR are this class's own.
 */
@QuarkusTest
class WebhookDeliveryTest {
    static final String NOW = "2026-11-23T02:00:00Z";
    static final String BASE = "/api/department/webhooks";

    @Inject
    WebhookWorker worker;
    @Inject
    Webhooks webhooks;
    @Inject
    WebhookRetention retention;

    /** This class's departments start each test without webhooks, and with every event kept earlier numbered. */
    @BeforeEach
    void noWebhooksOfMine() {
        TestClock.moveTo(Instant.parse(NOW));
        Sql.execute("delete from webhook_subscription where department_code in ('WHA', 'WHB')");
        round(NOW);
    }

    @AfterEach
    void cleanUp() {
        Sql.execute("delete from webhook_subscription where department_code in ('WHA', 'WHB')");
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void aReceiverThatFailsThenRecoversGetsEveryEventOnceInOrderSigned() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            JsonPath registered = given().contentType(ContentType.JSON).body(Map.of("url", receiver.url()))
                    .when().post(BASE).then().statusCode(201)
                    .header("Location", startsWith(BASE + "/"))
                    .body("secret", startsWith("whsec_")).body("webhook.department", equalTo("WHA"))
                    .body("webhook.backlog", equalTo(0)).body("webhook.consecutiveFailures", equalTo(0))
                    .extract().jsonPath();
            String id = registered.getString("webhook.id");
            String secret = registered.getString("secret");
            long start = registered.getLong("webhook.cursor");
            // the secret is shown once, never again
            given().when().get(BASE + "/" + id).then().statusCode(200).body("secret", nullValue()).body("url", equalTo(receiver.url()));

            receiver.answer(503);
            String first = Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            String second = Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            String caseBase = "/api/department/cases/";
            given().contentType(ContentType.JSON).body("{}").when().post(caseBase + first + "/claim").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"materials\":[{\"code\":\"LEASE\",\"name\":\"房屋租赁合同\",\"problem\":\"须附租赁合同\"}]}")
                    .when().post(caseBase + first + "/supplement-request").then().statusCode(200);
            // written with spaces, as a publisher may: the webhook gets the record's value as it is, not re-serialised
            String suppliedJson = "{ \"caseId\": \"" + first + "\", \"supplied\": [\"LEASE\"], \"complete\": true }";
            String supplied = Events.send(Topics.INTAKE_CASE, first, EventTypes.DEFERRED_MATERIALS_SUPPLIED, suppliedJson);
            assertThat(Sql.awaitCount("select count(*) from outbox_event where aggregate_id = '" + first + "' and event_type = '"
                    + EventTypes.CLOCK_RESUMED + "'", 1)).isEqualTo(1);
            given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"许可证\"}")
                    .when().post(caseBase + second + "/decision").then().statusCode(200);

            // what the department must receive: every event approval published about its cases, and the window's
            // supplement-received (kept in approval's handling of it, before the clock-resumed that handling published)
            List<String> firstIds = new ArrayList<>(outboxIds(first));
            firstIds.add(firstIds.size() - 1, supplied);
            List<String> secondIds = outboxIds(second);
            assertThat(firstIds).hasSize(6);
            assertThat(secondIds).hasSize(2);
            assertThat(Sql.count("select count(*) from webhook_delivery where case_id in ('" + first + "', '" + second + "')")).isEqualTo(8);

            // 03:00: the receiver fails; the failure is recorded and the next attempt waits 5 s (the test clock runs on
            // from each instant it is set to, by the milliseconds a round takes: times are compared to the second)
            assertThat(round("2026-11-23T03:00:00Z").failed()).isEqualTo(1);
            assertThat(receiver.requests()).hasSize(1);
            assertThat(receiver.requests().get(0).header("ce-id")).isEqualTo(firstIds.get(0));
            given().when().get(BASE + "/" + id).then().statusCode(200)
                    .body("consecutiveFailures", equalTo(1)).body("lastError", equalTo("HTTP 503"))
                    .body("lastAttemptAt", startsWith("2026-11-23T03:00:00")).body("nextAttemptAt", startsWith("2026-11-23T03:00:05"))
                    .body("cursor", equalTo((int) start)).body("backlog", equalTo(8));
            // 03:00:04: still waiting out the back-off, nothing is sent
            assertThat(round("2026-11-23T03:00:04Z").webhooks()).isZero();
            assertThat(receiver.requests()).hasSize(1);
            // 03:00:06: tried again and failed again: the wait doubles
            assertThat(round("2026-11-23T03:00:06Z").failed()).isEqualTo(1);
            given().when().get(BASE + "/" + id).then()
                    .body("consecutiveFailures", equalTo(2)).body("nextAttemptAt", startsWith("2026-11-23T03:00:16")).body("backlog", equalTo(8));
            assertThat(round("2026-11-23T03:00:15Z").webhooks()).isZero();

            // the receiver recovers; at 03:00:17 everything goes, in order
            receiver.answer(204);
            var round = round("2026-11-23T03:00:17Z");
            assertThat(round.delivered()).isEqualTo(8);
            assertThat(round.failed()).isZero();
            given().when().get(BASE + "/" + id).then()
                    .body("consecutiveFailures", equalTo(0)).body("backlog", equalTo(0)).body("nextAttemptAt", nullValue())
                    .body("lastSuccessAt", startsWith("2026-11-23T03:00:17")).body("lastError", equalTo("HTTP 503"));
            assertThat(round("2026-11-23T03:01:00Z").delivered()).as("nothing twice").isZero();

            var acknowledged = receiver.acknowledged();
            assertThat(acknowledged).hasSize(8);
            // each event once, and each case's in the order of its acts
            assertThat(acknowledged.stream().map(r -> r.header("ce-id")).toList()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(concat(firstIds, secondIds));
            assertThat(idsOf(acknowledged, first)).containsExactlyElementsOf(firstIds);
            assertThat(idsOf(acknowledged, second)).containsExactlyElementsOf(secondIds);
            assertThat(typesOf(acknowledged, first)).containsExactly(EventTypes.CASE_QUEUED, EventTypes.CASE_CLAIMED,
                    EventTypes.CLOCK_STOPPED, EventTypes.SUPPLEMENT_REQUESTED, EventTypes.DEFERRED_MATERIALS_SUPPLIED,
                    EventTypes.CLOCK_RESUMED);
            assertThat(typesOf(acknowledged, second)).containsExactly(EventTypes.CASE_QUEUED, EventTypes.CASE_DECIDED);
            long[] positions = acknowledged.stream().mapToLong(r -> Long.parseLong(r.header("ce-sequence"))).toArray();
            assertThat(positions).isSorted().doesNotHaveDuplicates();
            assertThat(positions[0]).isGreaterThan(start);
            assertThat(given().when().get(BASE + "/" + id).then().extract().jsonPath().getLong("cursor"))
                    .isEqualTo(positions[positions.length - 1]);
            // the two refused attempts were the first event, sent again as it was
            assertThat(receiver.requests().stream().filter(r -> !r.acknowledged()).map(r -> r.header("ce-id")).toList())
                    .containsExactly(firstIds.get(0), firstIds.get(0));

            // CloudEvents binary mode: attributes in headers, the event's own JSON as the body
            var json = new ObjectMapper();
            for (var r : acknowledged) {
                assertThat(r.header("ce-specversion")).isEqualTo("1.0");
                assertThat(r.header("content-type")).startsWith("application/json");
                assertThat(r.header("webhook-id")).isEqualTo(r.header("ce-id"));
                assertThat(r.header("webhook-timestamp")).isEqualTo(String.valueOf(Instant.parse("2026-11-23T03:00:17Z").getEpochSecond()));
                assertThat(r.header("webhook-signature")).as("signed with the secret").isEqualTo(expectedSignature(secret, r));
                if (r.header("ce-id").equals(supplied)) {
                    assertThat(r.header("ce-source")).isEqualTo("/test"); // the window's event keeps its own source
                    assertThat(r.body()).as("byte for byte as on Kafka").isEqualTo(suppliedJson);
                } else {
                    assertThat(r.header("ce-source")).isEqualTo("/onewindow/approval-service");
                    assertThat(r.body()).isEqualTo(Sql.text("select payload from outbox_event where event_id = '" + r.header("ce-id") + "'"));
                }
                assertThat(json.readTree(r.body()).path("caseId").asText()).isEqualTo(r.header("ce-subject"));
            }
        }
    }

    /**
     * The act that began first commits last: its event must still go out, and first. Here the first act is a transaction
     * the test holds open after keeping an event (as an act does before its commit); a routed case begins after it and
     * commits at once. Nothing is sent while the first is open — a cursor moved past the routed case's event would
     * never come back for the other — and both go, in the order the acts began, once it commits.
     */
    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void anEventThatCommitsLateIsNotPassedByTheCursor() throws Exception {
        var config = ConfigProvider.getConfig();
        try (var receiver = WebhookReceiver.start();
             Connection act = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                     config.getValue("quarkus.datasource.username", String.class),
                     config.getValue("quarkus.datasource.password", String.class))) {
            String id = register(receiver.url());
            String late = "late-" + UUID.randomUUID();
            act.setAutoCommit(false);
            try (var insert = act.prepareStatement("insert into webhook_delivery (department_code, case_id, event_id, event_type, "
                    + "source, occurred_at, data, recorded_at) values ('WHA', 'T-late', ?, 'cn.onewindow.test.late.v1', '/test', "
                    + "now(), '{\"caseId\":\"T-late\"}', now())")) {
                insert.setString(1, late);
                insert.executeUpdate();
            }
            String caseId = Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            assertThat(Sql.count("select count(*) from webhook_delivery where case_id = '" + caseId + "'")).isEqualTo(1);

            var held = roundNow("2026-11-23T03:00:00Z");
            assertThat(held.delivered()).isZero();
            assertThat(receiver.requests()).isEmpty();
            given().when().get(BASE + "/" + id).then().body("backlog", equalTo(1)).body("consecutiveFailures", equalTo(0));

            act.commit();
            assertThat(round("2026-11-23T03:00:01Z").delivered()).isEqualTo(2);
            var sent = receiver.acknowledged();
            assertThat(sent.stream().map(r -> r.header("ce-id")).toList()).containsExactly(late, outboxIds(caseId).get(0));
            assertThat(Long.parseLong(sent.get(0).header("ce-sequence"))).isLessThan(Long.parseLong(sent.get(1).header("ce-sequence")));
        }
    }

    @Test
    @TestSecurity(user = "chief-wha", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void replaySendsAgainFromAPositionAndNeverSkipsForward() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            String id = register(receiver.url());
            String caseId = Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            given().contentType(ContentType.JSON).body("{}").when().post("/api/department/cases/" + caseId + "/claim").then().statusCode(200);
            assertThat(round("2026-11-23T03:00:00Z").delivered()).isEqualTo(2);
            var sent = receiver.acknowledged();
            long firstPosition = Long.parseLong(sent.get(0).header("ce-sequence"));
            long cursor = Long.parseLong(sent.get(1).header("ce-sequence"));

            // forward would skip what nobody acknowledged: refused, nothing changed
            given().contentType(ContentType.JSON).body(Map.of("after", cursor + 1)).when().post(BASE + "/" + id + "/replay")
                    .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("replay-ahead-of-cursor"))
                    .body("detailZh", startsWith("重发只能从已确认位置"));
            given().contentType(ContentType.JSON).body(Map.of("after", -1)).when().post(BASE + "/" + id + "/replay")
                    .then().statusCode(400).body("code", equalTo("invalid-request"));
            given().contentType(ContentType.JSON).body("{}").when().post(BASE + "/" + id + "/replay")
                    .then().statusCode(400).body("code", equalTo("invalid-request"));
            given().when().get(BASE + "/" + id).then().body("cursor", equalTo((int) cursor)).body("backlog", equalTo(0));
            assertThat(round("2026-11-23T03:00:01Z").delivered()).isZero();

            // back to the first event: the second is sent again
            given().contentType(ContentType.JSON).body(Map.of("after", firstPosition)).when().post(BASE + "/" + id + "/replay")
                    .then().statusCode(200).body("cursor", equalTo((int) firstPosition)).body("backlog", equalTo(1));
            assertThat(round("2026-11-23T03:00:02Z").delivered()).isEqualTo(1);
            // and from before the first: both again, in their order
            given().contentType(ContentType.JSON).body(Map.of("after", firstPosition - 1)).when().post(BASE + "/" + id + "/replay")
                    .then().statusCode(200).body("backlog", equalTo(2));
            assertThat(round("2026-11-23T03:00:03Z").delivered()).isEqualTo(2);
            assertThat(receiver.acknowledged().stream().map(r -> r.header("ce-id")).toList()).containsExactly(
                    sent.get(0).header("ce-id"), sent.get(1).header("ce-id"), sent.get(1).header("ce-id"),
                    sent.get(0).header("ce-id"), sent.get(1).header("ce-id"));
            given().when().get(BASE + "/" + id).then().body("cursor", equalTo((int) cursor)).body("backlog", equalTo(0));

            // deleted: nothing more is sent to it
            given().when().delete(BASE + "/" + id).then().statusCode(204);
            given().when().get(BASE + "/" + id).then().statusCode(404);
            given().contentType(ContentType.JSON).body("{}").when().post("/api/department/cases/" + caseId + "/claim").then().statusCode(200);
            round("2026-11-23T03:00:04Z");
            assertThat(receiver.requests()).hasSize(5);
        }
    }

    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void anotherDepartmentNeitherSeesNorTouchesAWebhook() throws Throwable {
        try (var receiver = WebhookReceiver.start()) {
            var theirs = VertxContextSupport.subscribeAndAwait(() -> webhooks.register("WHB",
                    new Webhooks.Registration(receiver.url(), null), Actor.system("test"))).webhook();
            String row = "select count(*) from webhook_subscription where id = '" + theirs.id() + "' and department_code = 'WHB' "
                    + "and cursor_position = " + theirs.cursor() + " and next_attempt_at is null";
            String missing = "00000000-0000-4000-8000-00000000abcd";
            for (String target : List.of(theirs.id().toString(), missing)) {
                // the very answer of a webhook that does not exist: nobody learns which ids are webhooks, or whose
                given().when().get(BASE + "/" + target).then().statusCode(404).body("code", equalTo("not-found"))
                        .body("detail", equalTo("接收地址 webhook not found: " + target))
                        .body("detailZh", equalTo("未找到接收地址 webhook：" + target));
                given().contentType(ContentType.JSON).body(Map.of("after", 0)).when().post(BASE + "/" + target + "/replay")
                        .then().statusCode(404).body("detail", equalTo("接收地址 webhook not found: " + target));
                given().when().delete(BASE + "/" + target).then().statusCode(404).body("detail", equalTo("接收地址 webhook not found: " + target));
            }
            assertThat(given().when().get(BASE).then().statusCode(200).extract().jsonPath().getList("id")).doesNotContain(theirs.id().toString());
            assertThat(Sql.count(row)).as("their webhook unchanged").isEqualTo(1);
        }
    }

    @Test
    @TestSecurity(user = "chief-wha", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void badInputIsRefusedInBothLanguagesAndNothingIsStored() {
        Map<String, String> bodies = Map.of(
                "{\"url\":\"ftp://amr.example.gov.cn/hook\"}", "invalid-webhook-url",
                "{\"url\":\"amr.example.gov.cn/hook\"}", "invalid-webhook-url",
                "{\"url\":\"http://user:secret@amr.example.gov.cn/hook\"}", "invalid-webhook-url",
                "{\"url\":\"http://amr example.gov.cn/hook\"}", "invalid-webhook-url",
                "{\"url\":\"https://amr.example.gov.cn/hook\",\"secret\":\"opensesame\"}", "invalid-webhook-secret",
                "{\"url\":\"https://amr.example.gov.cn/" + "a".repeat(2000) + "\"}", "invalid-request",
                "{\"secret\":\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}", "invalid-request",
                "{\"url\":", "malformed-json");
        bodies.forEach((body, code) -> given().contentType(ContentType.JSON).body(body).when().post(BASE).then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo(code))
                .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("titleZh", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("detailZh", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())));
        given().contentType(ContentType.JSON).body("{\"url\":\"ftp://amr.example.gov.cn/hook\"}").when().post(BASE).then()
                .body("errors.url", equalTo("the address must be an http:// or https:// URL"))
                .body("detailZh", equalTo("接收地址无效：接收地址须以 http:// 或 https:// 开头"));
        assertThat(Sql.count("select count(*) from webhook_subscription where department_code = 'WHA'")).isZero();

        // a secret of the department's own is taken as given; five webhooks at most (127.0.0.1: the one address the
        // test profile allows besides public ones, and nothing is sent here)
        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook",
                "secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).when().post(BASE).then().statusCode(201)
                .body("secret", equalTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        for (int i = 2; i <= 5; i++) {
            register("http://127.0.0.1:9/hook/" + i);
        }
        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook/6")).when().post(BASE)
                .then().statusCode(409).body("code", equalTo("too-many-webhooks"));
        assertThat(Sql.count("select count(*) from webhook_subscription where department_code = 'WHA'")).isEqualTo(5);
    }

    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void retentionForgetsOnlyWhatEveryWebhookAcknowledged() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            String id = register(receiver.url());
            String delivered = Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            assertThat(round("2026-11-23T03:00:00Z").delivered()).isEqualTo(1);
            receiver.answer(500);
            String owed = Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            assertThat(round("2026-11-23T03:00:01Z").failed()).isEqualTo(1);
            String kept = "select count(*) from webhook_delivery where case_id = '%s'";

            // 29 days on, within the retention (30 days): both kept
            prune("2026-12-22T03:00:00Z");
            assertThat(Sql.count(kept.formatted(delivered))).isEqualTo(1);
            assertThat(Sql.count(kept.formatted(owed))).isEqualTo(1);
            // 31 days on: the acknowledged event goes, the one still owed stays
            prune("2026-12-24T03:00:00Z");
            assertThat(Sql.count(kept.formatted(delivered))).isZero();
            assertThat(Sql.count(kept.formatted(owed))).isEqualTo(1);
            receiver.answer(204);
            assertThat(round("2026-12-24T03:00:01Z").delivered()).as("the owed event still reaches the receiver").isEqualTo(1);
            given().when().get(BASE + "/" + id).then().body("backlog", equalTo(0));
            // acknowledged now, and older than the retention: the next run forgets it
            prune("2026-12-24T03:00:02Z");
            assertThat(Sql.count(kept.formatted(owed))).isZero();
        }
    }

    /**
     * With the default settings only public addresses are called. The test profile allows 127.0.0.1 alone (its
     * receivers listen there), so every other loopback, private, link-local (the metadata service), multicast or
     * unspecified address is refused here as it is by default: in both languages, nothing stored, and a name that does
     * not resolve gets the answer a name resolving inside would get.
     */
    @Test
    @TestSecurity(user = "chief-wha", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void anAddressThatIsNotPublicIsRefusedInBothLanguagesAndNothingIsStored() {
        for (String url : List.of("http://127.0.0.2:8083/hook", "http://[::1]:8083/hook", "http://169.254.169.254/latest/meta-data/",
                "http://[::ffff:169.254.169.254]/", "http://100.100.100.200/latest/meta-data/", "http://10.0.0.1/hook",
                "http://172.16.5.4/hook", "http://192.168.1.1/hook", "http://100.64.0.1/", "http://0.0.0.0:8083/",
                "http://224.0.0.1/", "http://[fd00::1]/", "http://[fe80::1]/")) {
            given().contentType(ContentType.JSON).body(Map.of("url", url)).when().post(BASE).then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-webhook-url"))
                    .body("errors.url", equalTo("the address must not be a loopback, private, link-local, multicast or other "
                            + "non-public network address"))
                    .body("detail", equalTo("The webhook address is invalid: the address must not be a loopback, private, "
                            + "link-local, multicast or other non-public network address"))
                    .body("detailZh", equalTo("接收地址无效：接收地址不得为本机、内网、链路本地、组播等非公网地址"));
        }
        given().contentType(ContentType.JSON).body(Map.of("url", "http://onewindow-no-such-host.invalid/hook")).when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-webhook-url"))
                .body("errors.url", equalTo("the host name must resolve, and only to public network addresses"))
                .body("detailZh", equalTo("接收地址无效：接收地址的主机名须能解析，且只解析为公网地址"));
        assertThat(Sql.count("select count(*) from webhook_subscription where department_code = 'WHA'")).isZero();
    }

    /**
     * A connection that fails is "could not connect", however it failed: a department must not learn from the answer
     * which addresses and ports answer inside the hall. One webhook's port is closed; the other's address (changed in
     * the database, as if registered before the check, or as a name that leads there now) is the metadata service's,
     * which is refused before any connection.
     */
    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void aFailedConnectionIsDescribedWithoutMappingTheNetwork() {
        String closed = register("http://127.0.0.1:1/hook");
        String metadata = register("http://127.0.0.1:1/hook/metadata");
        Sql.execute("update webhook_subscription set url = 'http://169.254.169.254/latest/meta-data/' where id = '" + metadata + "'");
        Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
        assertThat(round("2026-11-23T03:00:00Z").failed()).isEqualTo(2);
        for (String id : List.of(closed, metadata)) {
            given().when().get(BASE + "/" + id).then().statusCode(200)
                    .body("lastError", equalTo("could not connect")).body("consecutiveFailures", equalTo(1));
        }
    }

    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void aQueryInTheAddressIsSentButNeverShown() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            String shown = receiver.url() + "?…";
            String registered = given().contentType(ContentType.JSON).body(Map.of("url", receiver.url() + "?token=s3cret"))
                    .when().post(BASE).then().statusCode(201).body("webhook.url", equalTo(shown)).extract().asString();
            assertThat(registered).doesNotContain("s3cret");
            String id = JsonPath.from(registered).getString("webhook.id");
            given().when().get(BASE + "/" + id).then().statusCode(200).body("url", equalTo(shown));
            assertThat(given().when().get(BASE).then().statusCode(200).extract().asString()).contains(shown).doesNotContain("s3cret");

            Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            assertThat(round("2026-11-23T03:00:00Z").delivered()).isEqualTo(1);
            assertThat(receiver.acknowledged().get(0).target()).isEqualTo("/hook?token=s3cret");
        }
    }

    /**
     * A round takes more webhooks than it serves at once (8, parallel-webhooks), so one may wait for its turn past its
     * lease, and another instance's round may take it meanwhile: its turn must then not send (two senders on one
     * webhook would break its order). Nine webhooks here, eight of which the receiver holds; while they are out, the
     * ninth is taken over (its lease set to another round's) as another instance would.
     */
    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void aWebhookWhoseLeaseIsLostBeforeItsTurnIsSkipped() throws Throwable {
        try (var receiver = WebhookReceiver.start()) {
            Map<String, String> targets = new HashMap<>(); // webhook id -> the request target it is sent to
            for (int i = 1; i <= 5; i++) {
                targets.put(register(receiver.url() + "/a" + i), "/hook/a" + i);
            }
            for (int i = 1; i <= 4; i++) {
                String url = receiver.url() + "/b" + i;
                var theirs = VertxContextSupport.subscribeAndAwait(() -> webhooks.register("WHB", new Webhooks.Registration(url, null),
                        Actor.system("test"))).webhook();
                targets.put(theirs.id().toString(), "/hook/b" + i);
            }
            Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            Routed.send("WHB", "ACCEPTED_ON_SPOT", 5, NOW, null);

            receiver.hold();
            var running = CompletableFuture.supplyAsync(() -> round("2026-11-23T03:00:00Z"));
            List<String> out = receiver.awaitHeld(8);
            String waiting = targets.entrySet().stream().filter(e -> !out.contains(e.getValue())).map(Map.Entry::getKey)
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one webhook waits: " + a + ", " + b);
                    }).orElseThrow();
            String otherRound = UUID.randomUUID().toString();
            Sql.execute("update webhook_subscription set lease_token = '" + otherRound + "', lease_until = '2026-11-23T03:00:45Z' "
                    + "where id = '" + waiting + "'");
            receiver.release();

            var done = running.get(60, TimeUnit.SECONDS);
            assertThat(receiver.requests().stream().map(WebhookReceiver.Request::target).toList()).hasSize(8)
                    .doesNotContain(targets.get(waiting));
            assertThat(done.webhooks()).isEqualTo(9);
            assertThat(done.skipped()).isEqualTo(1);
            assertThat(done.delivered()).isEqualTo(8);
            assertThat(Sql.text("select lease_token::text from webhook_subscription where id = '" + waiting + "'"))
                    .as("the other round's lease stands").isEqualTo(otherRound);
        }
    }

    /**
     * A replay made while a request is out, which then fails: the failure concerned an event the webhook no longer
     * waits for, so it puts no back-off on the replay, which goes at the next round as promised.
     */
    @Test
    @TestSecurity(user = "wha-system", roles = "department-system")
    @OidcSecurity(claims = @Claim(key = "department", value = "WHA"))
    void aReplayWhileARequestIsOutIsNotHeldBackByThatRequestsFailure() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            String id = register(receiver.url());
            String caseId = Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);
            given().contentType(ContentType.JSON).body("{}").when().post("/api/department/cases/" + caseId + "/claim").then().statusCode(200);
            assertThat(round("2026-11-23T03:00:00Z").delivered()).isEqualTo(2);
            long firstPosition = Long.parseLong(receiver.acknowledged().get(0).header("ce-sequence"));
            Routed.send("WHA", "ACCEPTED_ON_SPOT", 5, NOW, null);

            receiver.answer(503);
            receiver.hold();
            var running = CompletableFuture.supplyAsync(() -> round("2026-11-23T03:00:01Z"));
            receiver.awaitHeld(1);
            given().contentType(ContentType.JSON).body(Map.of("after", firstPosition)).when().post(BASE + "/" + id + "/replay")
                    .then().statusCode(200).body("cursor", equalTo((int) firstPosition));
            receiver.release();
            assertThat(running.get(60, TimeUnit.SECONDS).failed()).isEqualTo(1);

            given().when().get(BASE + "/" + id).then().statusCode(200).body("cursor", equalTo((int) firstPosition))
                    .body("consecutiveFailures", equalTo(0)).body("nextAttemptAt", nullValue());
            assertThat(Sql.count("select count(*) from webhook_subscription where id = '" + id + "' and lease_token is null"))
                    .as("the lease given back").isEqualTo(1);
            receiver.answer(204);
            assertThat(round("2026-11-23T03:00:02Z").delivered()).as("the replay goes at the next round").isEqualTo(2);
        }
    }

    /** More than one batch (10,000) past the retention is forgotten in one run, not 10,000 an hour. */
    @Test
    void retentionForgetsMoreThanABatchInOneRun() {
        Sql.execute("delete from webhook_delivery where department_code = 'WHR'");
        // two and a half batches, delivered long ago for a department that has no webhook now, numbered by the counter
        Sql.execute("with p as (update webhook_position set last = last + 25000 where id = 1 returning last) "
                + "insert into webhook_delivery (position, department_code, case_id, event_id, event_type, source, occurred_at, "
                + "data, recorded_at) select p.last - 25000 + g, 'WHR', 'T-old', 'old-' || g, 'cn.onewindow.test.old.v1', '/test', "
                + "timestamptz '2026-10-14T00:00:00Z', '{}', timestamptz '2026-10-14T00:00:00Z' from p, generate_series(1, 25000) g");
        String kept = "select count(*) from webhook_delivery where department_code = 'WHR'";
        assertThat(Sql.count(kept)).isEqualTo(25_000);
        assertThat(TestClock.tickAt("2026-11-23T03:00:00Z", retention::prune)).isGreaterThanOrEqualTo(25_000);
        assertThat(Sql.count(kept)).isZero();
    }

    /** Registers a webhook of the caller's department at {@code url}; its id. */
    private static String register(String url) {
        return given().contentType(ContentType.JSON).body(Map.of("url", url)).when().post(BASE).then().statusCode(201)
                .extract().path("webhook.id");
    }

    private void prune(String instant) {
        TestClock.tickAt(instant, retention::prune);
    }

    /**
     * One delivery round at {@code instant}, once every committed event can be numbered. A row is numbered only when
     * every transaction older than its own has ended (WebhookNumbering); any short transaction of the service's own
     * consumers or relay still open at that instant would leave it for the next round, so the round is not started
     * until no visible unnumbered row is newer than the oldest running transaction (a bounded wait).
     */
    private WebhookWorker.Round round(String instant) {
        assertThat(Sql.awaitCount("select count(*) from webhook_delivery where position is null "
                + "and txid >= pg_snapshot_xmin(pg_current_snapshot())", 0)).as("kept events still behind a running transaction")
                .isZero();
        return roundNow(instant);
    }

    /** One delivery round at {@code instant} without waiting: for a test that holds a transaction open on purpose. */
    private WebhookWorker.Round roundNow(String instant) {
        return TestClock.tickAt(instant, worker::round);
    }

    private static List<String> outboxIds(String caseId) {
        return Arrays.asList(Sql.text("select string_agg(event_id::text, ',' order by seq) from outbox_event where aggregate_id = '"
                + caseId + "'").split(","));
    }

    private static List<String> idsOf(List<WebhookReceiver.Request> requests, String caseId) {
        return requests.stream().filter(r -> caseId.equals(r.header("ce-subject"))).map(r -> r.header("ce-id")).toList();
    }

    private static List<String> typesOf(List<WebhookReceiver.Request> requests, String caseId) {
        return requests.stream().filter(r -> caseId.equals(r.header("ce-subject"))).map(r -> r.header("ce-type")).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What a receiver computes to check a request (docs/webhooks.md), written here apart from the service's own code. */
    private static String expectedSignature(String secret, WebhookReceiver.Request r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed = mac.doFinal((r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body())
                .getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }
}
