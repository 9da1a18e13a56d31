package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import cn.onewindow.testsupport.Sql;

/** Component test of window intake on the real PostgreSQL and Kafka (test identities for the clerk). */
@QuarkusTest
class CaseResourceTest {
    /** A complete take-in of 个体工商户注册登记 (AMR-0003), every review point confirmed. */
    static final String BODY = """
            {"itemCode":"AMR-0003","applicant":{"kind":"PERSON","name":"测试申请人","idNumber":"11010519491231002X"},
             "materials":[{"code":"APP","status":"PROVIDED"},{"code":"ID","status":"ORIGINAL_VERIFIED"},
                          {"code":"ADDR","status":"PROVIDED"}],
             "deliveryMethod":"PICKUP","reviewPoints":%s}""".formatted(ReviewPointsFixture.json("AMR-0003"));

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    @OidcSecurity(claims = {@Claim(key = "family_name", value = "测"), @Claim(key = "given_name", value = "试员")})
    void takesAFileInAndRecordsItsEventInTheSameTransaction() {
        String caseId = given().contentType(ContentType.JSON).body(BODY)
                .when().post("/api/cases")
                .then().statusCode(201)
                .body("outcome", equalTo("SETTLED_ON_SPOT"))
                .body("intakeCase.firstHandlerName", equalTo("测试员"))
                .body("intakeCase.applicantIdMasked", equalTo("1101**********002X"))
                .extract().path("intakeCase.caseId");
        assertThat(caseId).matches("DX-\\d{8}-\\d{6}");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_TAKEN_IN + "'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aSubmissionSentAgainWithItsKeyGetsTheFirstAnswerAndNoSecondCase() {
        String key = java.util.UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(BODY)
                .when().post("/api/cases")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .extract().path("intakeCase.caseId");
        long cases = Sql.count("select count(*) from intake_case");
        long outbox = Sql.count("select count(*) from outbox_event");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(BODY)
                .when().post("/api/cases")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", "/api/cases/" + first)
                .body("intakeCase.caseId", equalTo(first))
                .body("outcome", equalTo("SETTLED_ON_SPOT"))
                .body("document", equalTo("ACCEPTANCE_NOTICE"));
        // the same key with another submission is a mistake of the client's, refused; nothing written
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(BODY.replace("测试申请人", "另一位申请人"))
                .when().post("/api/cases")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "short").body(BODY)
                .when().post("/api/cases")
                .then().statusCode(400).body("code", equalTo("invalid-idempotency-key"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
        assertThat(Sql.count("select count(*) from outbox_event")).isEqualTo(outbox);
        // a new key is a new submission
        given().contentType(ContentType.JSON).header("Idempotency-Key", java.util.UUID.randomUUID().toString()).body(BODY)
                .when().post("/api/cases")
                .then().statusCode(201).body("intakeCase.caseId", org.hamcrest.Matchers.not(equalTo(first)));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void twoCopiesOfOneSubmissionAtOnceMakeOneCase() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<CompletableFuture<io.restassured.response.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(BODY).when().post("/api/cases").andReturn(), pool));
        }
        java.util.Set<String> caseIds = new java.util.HashSet<>();
        for (var c : calls) {
            var r = c.get();
            // a copy that meets the first still in progress is told to retry; every other gets the one case
            assertThat(r.statusCode()).as(r.asString()).isIn(201, 409);
            if (r.statusCode() == 201) {
                caseIds.add(r.path("intakeCase.caseId"));
            } else {
                assertThat(r.<String>path("code")).isEqualTo("submission-in-progress");
            }
        }
        pool.shutdown();
        assertThat(caseIds).hasSize(1);
        assertThat(Sql.count("select count(*) from intake_submission where idempotency_key = '" + key + "'")).isEqualTo(1);
    }

    /**
     * The copy that looked before the first had committed, and writes its submission while the first's is still open: it
     * waits on the key, then fails on it — and the case it was taking in, sent with its commit (Pipeline#runAndCommit),
     * stays out, its number given back.
     */
    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aCopyThatMeetsTheFirstStillOpenIsToldToRetryAndTakesNothingIn() throws Exception {
        String probe = java.util.UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", probe).body(BODY)
                .when().post("/api/cases").then().statusCode(201);
        String clerk = Sql.text("select clerk_id from intake_submission where idempotency_key = '" + probe + "'");
        String key = java.util.UUID.randomUUID().toString();
        long cases = Sql.count("select count(*) from intake_case");
        long outbox = Sql.count("select count(*) from outbox_event");
        long numbers = Sql.count("select coalesce(sum(last_value), 0) from case_number_counter");
        try (var first = Sql.connect()) {
            first.setAutoCommit(false);
            first.createStatement().executeUpdate("insert into intake_submission(clerk_id, idempotency_key, request_hash, status, "
                    + "outcome, submitted_at) values ('" + clerk + "', '" + key + "', 'h', 201, '{}', now())");
            var copy = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(BODY).when().post("/api/cases").andReturn());
            // the copy's insert waits on the first's open key
            assertThat(Sql.awaitCount("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query like 'insert into intake_submission%'", 1)).isEqualTo(1);
            first.commit();
            var r = copy.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
            assertThat(r.<String>path("code")).isEqualTo("submission-in-progress");
        }
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
        assertThat(Sql.count("select count(*) from outbox_event")).isEqualTo(outbox);
        assertThat(Sql.count("select coalesce(sum(last_value), 0) from case_number_counter")).isEqualTo(numbers);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void anUnknownItemIsRefusedInBothLanguagesAndNothingIsWritten() {
        long before = Sql.count("select count(*) from intake_case");
        long outbox = Sql.count("select count(*) from outbox_event");
        given().contentType(ContentType.JSON).body(BODY.replace("AMR-0003", "AMR-9999"))
                .when().post("/api/cases")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("unknown-item"))
                .body("detailZh", startsWith("事项清单中没有"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(before);
        assertThat(Sql.count("select count(*) from outbox_event")).isEqualTo(outbox);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void expressMailNeedsAnAddress() {
        given().contentType(ContentType.JSON).body(BODY.replace("\"PICKUP\"", "\"EXPRESS_MAIL\""))
                .when().post("/api/cases")
                .then().statusCode(400).body("code", equalTo("delivery-address-missing"));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void fiftyClerksAtOnceGetFiftyDistinctGapFreeNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(BODY)
                    .when().post("/api/cases").then().statusCode(201).extract().<String>path("intakeCase.caseId"), pool));
        }
        List<Integer> sequences = new ArrayList<>();
        for (var c : calls) {
            String id = c.get();
            sequences.add(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        sequences.sort(Integer::compare);
        assertThat(sequences).doesNotHaveDuplicates();
        assertThat(sequences.get(49) - sequences.get(0)).as("no gaps among concurrent numbers").isEqualTo(49);
    }

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    void aDepartmentReviewerCannotTakeFilesIn() {
        given().contentType(ContentType.JSON).body(BODY).when().post("/api/cases")
                .then().statusCode(403).body("code", equalTo("forbidden"));
    }
}
