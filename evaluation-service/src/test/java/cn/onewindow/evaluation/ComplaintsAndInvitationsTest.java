package cn.onewindow.evaluation;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.evaluation.service.ComplaintService;
import cn.onewindow.evaluation.service.InvitationService;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * 办不成事 complaints become supervision work orders with a lead section and written feedback within 3
 * working days (escalated after); a delivered case unrated after 3 days is invited to rate, once.
 */
@QuarkusTest
class ComplaintsAndInvitationsTest {
    @Inject
    ComplaintService complaints;
    @Inject
    InvitationService invitations;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static <T> T run(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> u) {
        try {
            return VertxContextSupport.subscribeAndAwait(u);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "supervisor")
    void aComplaintGetsALeadSectionAndEscalatesWhenItsThreeWorkingDaysPass() {
        TestClock.moveTo(Instant.parse("2026-09-30T02:00:00Z")); // Wed 30 Sep, before National Day
        long id = given().contentType(ContentType.JSON).body("""
                {"complainantName":"张先生","phone":"13912345678","content":"餐饮许可跑了三次仍未办成","channel":"WINDOW"}""")
                .when().post("/api/complaints").then().statusCode(201)
                .body("phoneMasked", equalTo("139****5678"))
                // 3 working days: Thu 8 Oct (1), Fri 9 (2), Sat 10 Oct make-up (3) → end of Sat 10 Oct
                .body("feedbackDueAt", equalTo("2026-10-10T16:00:00Z")).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body("{\"leadSection\":\"AMR\"}").when().post("/api/complaints/" + id + "/assignment")
                .then().statusCode(200).body("status", equalTo("ASSIGNED"));

        tickAt("2026-10-10T15:59:00Z", complaints::escalateOverdue);
        assertThat(Sql.count("select count(*) from supervision_order where id = " + id + " and escalated_at is not null")).isZero();
        tickAt("2026-10-10T16:00:00Z", complaints::escalateOverdue);
        assertThat(Sql.count("select count(*) from supervision_order where id = " + id + " and escalated_at is not null")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = 'complaint-" + id
                + "' and event_type = '" + EventTypes.ESCALATED + "'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "tax-reviewer", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void onlyTheLeadSectionAnswers() {
        Sql.execute("insert into supervision_order (complainant_name, content, channel, received_by, received_at, feedback_due_at,"
                + " lead_section, status) values ('李女士', '测试', 'HOTLINE', 'x', now(), now() + interval '3 days', 'AMR', 'ASSIGNED')");
        long id = Long.parseLong(Sql.text("select max(id) from supervision_order where lead_section = 'AMR' and feedback_at is null"));
        given().contentType(ContentType.JSON).body("{\"text\":\"已整改\"}").when().post("/api/complaints/" + id + "/feedback")
                .then().statusCode(403).body("code", equalTo("other-department"));
    }

    /** The applicant got the link at delivery; a case still unrated 3 days on is reminded once, with the same link. */
    @Test
    void aDeliveredCaseUnratedAfterThreeDaysIsInvitedOnce() {
        String rated = WorkOrdersAndStatisticsTest.deliveredCase("AMR", "AMR-0001", "clerk-x"); // delivered 2026-06-12T02:00Z
        String unrated = WorkOrdersAndStatisticsTest.deliveredCase("AMR", "AMR-0001", "clerk-x");
        Sql.execute("insert into rating (case_id, stage, level, channel, rated_at) values ('" + rated + "', 'FRONT_DESK', 5, 'SMS', now()),"
                + " ('" + rated + "', 'BACK_OFFICE', 5, 'SMS', now())");
        String links = "select count(*) from outbox_event where event_type = '" + EventTypes.RATING_INVITED + "'"
                + " and payload like '%/rate.html?case=%&front=SMS.%&back=SMS.%' and aggregate_id = ";
        assertThat(Sql.count(links + "'" + unrated + "'")).as("the link, sent at delivery").isEqualTo(1);
        tickAt("2026-06-15T01:59:00Z", invitations::invite); // not yet 3 days
        assertThat(Sql.count("select count(*) from evaluation_case where case_id = '" + unrated + "' and invited_at is not null")).isZero();
        tickAt("2026-06-15T02:00:00Z", invitations::invite);
        run(() -> invitations.invite());
        assertThat(Sql.count(links + "'" + unrated + "'")).as("and one reminder").isEqualTo(2);
        assertThat(Sql.count("select count(distinct payload::json ->> 'link') from outbox_event where aggregate_id = '" + unrated
                + "' and event_type = '" + EventTypes.RATING_INVITED + "'")).as("the same link").isEqualTo(1);
        assertThat(Sql.count("select count(*) from evaluation_case where case_id = '" + rated + "' and invited_at is not null"))
                .as("both stages rated: no reminder").isZero();
        assertThat(Sql.count(links + "'" + rated + "'")).as("only the link at delivery").isEqualTo(1);
    }
}
