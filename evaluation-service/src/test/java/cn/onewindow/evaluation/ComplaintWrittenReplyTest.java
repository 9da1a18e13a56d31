package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;

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
 * #22 item 13 — the lead section's written reply to a 办不成事 complaint, through the API: it is kept with
 * who wrote it and when, the order leaves the open list and is read back with its reply (and who named
 * the lead section), it is written once; an empty reply is a problem in both languages; another
 * department's reply is refused and changes nothing.
 */
@QuarkusTest
class ComplaintWrittenReplyTest {
    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A complaint the supervisor 督办员 gave to {@code leadSection}. */
    static long assignedComplaint(String leadSection) {
        return Long.parseLong(Sql.text("insert into supervision_order (complainant_name, phone, content, channel, received_by,"
                + " received_at, feedback_due_at, lead_section, assigned_at, assigned_by, assigned_by_id, status) values ('赵女士',"
                + " '13812345678', '营业执照变更跑了三趟', 'HOTLINE', '窗口', now(), now() + interval '3 days', '" + leadSection
                + "', now(), '督办员', 'u-supervisor', 'ASSIGNED') returning id"));
    }

    static io.restassured.response.ValidatableResponse reply(long id, String text) {
        return given().contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}").when().post("/api/complaints/" + id + "/feedback")
                .then();
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = "chief-representative")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "sub", value = "u-chief-amr"),
            @Claim(key = "family_name", value = "市"), @Claim(key = "given_name", value = "首代")})
    void theLeadSectionRepliesInWritingOnce() {
        long id = assignedComplaint("AMR");
        given().when().get("/api/complaints").then().statusCode(200).body("id", hasItem((int) id));

        TestClock.moveTo(Instant.parse("2026-11-24T03:00:00Z"));
        reply(id, "已核实：材料要求未一次告知，已约谈窗口并书面致歉").statusCode(200)
                .body("status", equalTo("ANSWERED")).body("feedback", equalTo("已核实：材料要求未一次告知，已约谈窗口并书面致歉"))
                .body("feedbackBy", equalTo("市首代")).body("feedbackAt", startsWith("2026-11-24T03:00:0"))
                .body("assignedBy", equalTo("督办员")).body("phoneMasked", equalTo("138****5678"));
        assertThat(Sql.count("select count(*) from supervision_order where id = " + id + " and feedback_by_id = 'u-chief-amr'"
                + " and feedback_at between '2026-11-24T03:00:00Z' and '2026-11-24T03:01:00Z'")).isEqualTo(1);

        given().when().get("/api/complaints").then().body("id", not(hasItem((int) id)));
        given().when().get("/api/complaints?open=false").then().statusCode(200)
                .body("find { it.id == " + id + " }.feedbackBy", equalTo("市首代"));

        reply(id, "再次回复").statusCode(409).body("code", equalTo("already-answered"));
        assertThat(Sql.text("select feedback from supervision_order where id = " + id)).startsWith("已核实");
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void anEmptyReplyIsAProblemInBothLanguages() {
        long id = assignedComplaint("AMR");
        reply(id, " ").statusCode(400).body("code", equalTo("invalid-request"))
                .body("detailZh", notNullValue()).body("detail", notNullValue());
        assertThat(Sql.count("select count(*) from supervision_order where id = " + id + " and feedback_at is null")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer-tax", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void anotherDepartmentCannotReply() {
        long id = assignedComplaint("AMR");
        reply(id, "代为回复").statusCode(403).body("code", equalTo("other-department")).body("detailZh", notNullValue());
        assertThat(Sql.count("select count(*) from supervision_order where id = " + id
                + " and feedback is null and feedback_at is null and status = 'ASSIGNED'")).as("unchanged").isEqualTo(1);
        given().when().get("/api/complaints").then().statusCode(200).body("id", not(hasItem((int) id)));
    }
}
