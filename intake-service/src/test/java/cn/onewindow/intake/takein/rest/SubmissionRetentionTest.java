package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.intake.takein.service.SubmissionRetention;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * The answers kept for resent take-ins are forgotten after a week (injected clock, real PostgreSQL):
 * a key older than that is gone and its case stays; a younger one still gets its first answer back.
 */
@QuarkusTest
class SubmissionRetentionTest {
    @Inject
    SubmissionRetention retention;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aKeptAnswerIsForgottenAfterAWeekAndItsCaseStays() throws Throwable {
        String old = UUID.randomUUID().toString();
        String young = UUID.randomUUID().toString();
        TestClock.moveTo(Instant.parse("2026-10-20T02:00:00Z")); // Tue 20 Oct, 10:00 in the hall
        String oldCase = takeIn(old);
        TestClock.moveTo(Instant.parse("2026-10-26T02:00:00Z")); // six days later
        String youngCase = takeIn(young);

        TestClock.moveTo(Instant.parse("2026-10-27T01:59:00Z")); // a minute short of a week after the first: still kept
        assertThat(VertxContextSupport.subscribeAndAwait(() -> retention.prune())).isNotNegative();
        assertThat(kept(old)).isEqualTo(1);

        TestClock.moveTo(Instant.parse("2026-10-27T02:01:00Z")); // a week and a minute
        assertThat(VertxContextSupport.subscribeAndAwait(() -> retention.prune())).isPositive();
        assertThat(kept(old)).isZero();
        assertThat(kept(young)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + oldCase + "'")).isEqualTo(1);

        // the younger key still answers from its first attempt; the forgotten one is a new submission
        given().contentType(ContentType.JSON).header("Idempotency-Key", young).body(CaseResourceTest.BODY)
                .when().post("/api/cases")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("intakeCase.caseId", equalTo(youngCase));
        given().contentType(ContentType.JSON).header("Idempotency-Key", old).body(CaseResourceTest.BODY)
                .when().post("/api/cases")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("intakeCase.caseId", not(equalTo(oldCase)));
    }

    private static String takeIn(String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(CaseResourceTest.BODY)
                .when().post("/api/cases")
                .then().statusCode(201).extract().path("intakeCase.caseId");
    }

    private static long kept(String key) {
        return Sql.count("select count(*) from intake_submission where idempotency_key = '" + key + "'");
    }
}
