package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * The take-in's commitments and the approval in either order while the other's transaction is still open (#23 review,
 * race): the open side is held on a JDBC connection in the state the service's own transaction is in at that point —
 * the case's commitment lock taken and its rows written, not committed — and the service's side runs for real. Either
 * way the checks end due from the decision; without the lock the approval missed the checks not yet committed, and the
 * take-in read the case as undecided, and the checks were never due.
 */
@QuarkusTest
class CommitmentChecksRaceTest {
    private static final String APPROVE = "{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"营业执照\"}";
    /** CommitmentChecks.LOCK_CLASS: the lock the service's transactions take on a case's commitments. */
    private static final String LOCK = "select pg_advisory_xact_lock(7310004, hashtext('%s'))";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void anApprovalWhileTheTakeInsChecksAreUncommittedWaitsAndSchedulesThem() throws Exception {
        TestClock.moveTo(Instant.parse("2026-09-29T02:00:00Z"));
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, "2026-09-29T01:00:00Z", null);
        try (Connection takeIn = open()) {
            // the take-in's transaction (CommitmentChecks.takenIn) after its read: lock held, check written, no due date
            takeIn.createStatement().execute(LOCK.formatted(caseId));
            takeIn.createStatement().executeUpdate("insert into commitment_check (case_id, material_code, department_code, "
                    + "check_days, taken_in_at) values ('" + caseId + "', 'ADDR', 'AMR', 5, '2026-09-29T01:00:00Z')");
            var decision = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(APPROVE)
                    .when().post("/api/department/cases/" + caseId + "/decision").then().extract().statusCode());
            awaitUntil(() -> decision.isDone() || waiters() > 0);
            takeIn.commit();
            assertThat(decision.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        assertThat(Sql.text("select due_at from commitment_check where case_id = '" + caseId + "'"))
                .as("the approval found the take-in's check once it committed").isNotNull();
        // 5 working days from the decision (29 Sep, on the test's clock), across National Day: 12 Oct, the day's end
        CommitmentChecksTest.awaitCheck(caseId, "due_at = '2026-10-12T16:00:00Z' and decided_at >= '2026-09-29T02:00:00Z'");
    }

    @Test
    void theTakeInWhileTheApprovalIsUncommittedWaitsAndSchedulesItsChecks() throws Exception {
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, "2026-09-29T01:00:00Z", null);
        try (Connection decision = open()) {
            // the decision's transaction (ApprovalService.record → CommitmentChecks.approved): lock held, case approved
            decision.createStatement().execute(LOCK.formatted(caseId));
            decision.createStatement().executeUpdate("update approval_case set status = 'APPROVED', outcome = 'APPROVED', "
                    + "decided_at = '2026-09-29T02:00:00Z' where case_id = '" + caseId + "'");
            CommitmentChecksTest.takenIn(caseId, "AMR", "2026-09-29T01:00:00Z");
            awaitUntil(() -> waiters() > 0
                    || Sql.count("select count(*) from commitment_check where case_id = '" + caseId + "'") > 0);
            decision.commit();
        }
        Sql.awaitCount("select count(*) from commitment_check where case_id = '" + caseId + "' and due_at is not null", 1);
        assertThat(Sql.text("select concat_ws(' ', material_code, decided_at at time zone 'UTC', due_at at time zone 'UTC') from commitment_check where case_id = '"
                + caseId + "'")).as("the take-in read the decision once it committed").endsWith("2026-10-12 16:00:00");
    }

    /** Transactions waiting for a case's commitment lock. */
    private static long waiters() {
        return Sql.count("select count(*) from pg_locks where locktype = 'advisory' and not granted and classid = 7310004");
    }

    private static Connection open() throws Exception {
        var config = ConfigProvider.getConfig();
        var c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        c.setAutoCommit(false);
        return c;
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }
}
