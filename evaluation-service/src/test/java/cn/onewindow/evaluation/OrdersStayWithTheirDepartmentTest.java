package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * #20, item 1 — work orders ignored the department: {@code reviewer.tax} appealed an AMR rectification
 * order and {@code chief.amr} verified, rectified and answered a TAX order to closure. Now a department
 * post sees and acts on its own department's orders only (403 {@code other-department}, nothing changed),
 * the supervisor on every department's, and each act keeps who did it.
 */
@QuarkusTest
class OrdersStayWithTheirDepartmentTest {
    /** An open rectification order of {@code department}, as a bad rating of its service opens one. */
    static long rectificationOrder(String department) {
        return Long.parseLong(Sql.text("insert into rectification_order (case_id, stage, status, opened_at, deadline,"
                + " department_code, level) values ('T-" + UUID.randomUUID() + "', 'BACK_OFFICE', 'OPEN', now(),"
                + " now() + interval '5 days', '" + department + "', 1) returning id"));
    }

    /** A complaint's supervision order led by {@code leadSection} (null: the supervisor has not named one yet). */
    static long complaint(String leadSection) {
        return Long.parseLong(Sql.text("insert into supervision_order (complainant_name, content, channel, received_by,"
                + " received_at, feedback_due_at, lead_section, assigned_at, status) values ('李女士', '测试', 'HOTLINE', 'x', now(),"
                + " now() + interval '3 days', " + (leadSection == null ? "null, null, 'RECEIVED'" : "'" + leadSection + "', now(), 'ASSIGNED'")
                + ") returning id"));
    }

    static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static void refusedAsAnotherDepartments(ValidatableResponse reply) {
        reply.statusCode(403).body("code", equalTo("other-department")).body("detail", notNullValue()).body("detailZh", notNullValue());
    }

    @Test
    @TestSecurity(user = "reviewer-tax", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "TAX"), @Claim(key = "sub", value = "u-reviewer-tax"),
            @Claim(key = "family_name", value = "税"), @Claim(key = "given_name", value = "审")})
    void aReviewerAppealsAndAnswersForTheirOwnDepartmentOnly() {
        long amr = rectificationOrder("AMR");
        refusedAsAnotherDepartments(post("/api/work-orders/" + amr + "/appeal", "{\"reason\":\"申请人误选评价等级\"}"));
        assertThat(Sql.count("select count(*) from rectification_order where id = " + amr
                + " and appeal_status is null and appeal_reason is null and appealed_by_id is null")).as("unchanged").isEqualTo(1);

        long tax = rectificationOrder("TAX");
        post("/api/work-orders/" + tax + "/appeal", "{\"reason\":\"申请人误选评价等级\"}").statusCode(200)
                .body("appealStatus", equalTo("PENDING")).body("appealedBy", equalTo("税审"));
        assertThat(Sql.text("select appealed_by_id from rectification_order where id = " + tax + " and appealed_at is not null"))
                .isEqualTo("u-reviewer-tax");

        var orders = given().when().get("/api/work-orders").then().statusCode(200).extract().jsonPath();
        assertThat(orders.getList("id", Long.class)).contains(tax).doesNotContain(amr);
        assertThat(orders.getList("departmentCode", String.class)).containsOnly("TAX");

        // complaints: the lead section answers its own; another's, or one not yet given to anyone, is not theirs
        long amrComplaint = complaint("AMR");
        long unassigned = complaint(null);
        long taxComplaint = complaint("TAX");
        refusedAsAnotherDepartments(post("/api/complaints/" + amrComplaint + "/feedback", "{\"text\":\"已整改\"}"));
        refusedAsAnotherDepartments(post("/api/complaints/" + unassigned + "/feedback", "{\"text\":\"已整改\"}"));
        assertThat(Sql.count("select count(*) from supervision_order where id in (" + amrComplaint + ", " + unassigned
                + ") and feedback is null and feedback_at is null and feedback_by_id is null")).as("unchanged").isEqualTo(2);
        post("/api/complaints/" + taxComplaint + "/feedback", "{\"text\":\"已约谈窗口并整改\"}").statusCode(200)
                .body("status", equalTo("ANSWERED"));
        assertThat(Sql.text("select feedback_by_id from supervision_order where id = " + taxComplaint)).isEqualTo("u-reviewer-tax");

        var complaints = given().when().get("/api/complaints?open=false").then().statusCode(200).extract().jsonPath();
        assertThat(complaints.getList("id", Long.class)).contains(taxComplaint).doesNotContain(amrComplaint, unassigned);
        assertThat(complaints.getList("leadSection", String.class)).containsOnly("TAX");
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = "chief-representative")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "sub", value = "u-chief-amr"),
            @Claim(key = "family_name", value = "市"), @Claim(key = "given_name", value = "首代")})
    void aChiefRepresentativeWorksOnlyTheirOwnDepartmentsOrdersToClosure() {
        long tax = rectificationOrder("TAX");
        // every step is refused as another department's, before the order's state is looked at
        for (String step : List.of("VERIFIED", "RECTIFIED", "ANSWERED")) {
            refusedAsAnotherDepartments(post("/api/work-orders/" + tax + "/steps", "{\"step\":\"" + step + "\",\"text\":\"已办\"}"));
        }
        refusedAsAnotherDepartments(post("/api/work-orders/" + tax + "/appeal", "{\"reason\":\"误评\"}"));
        assertThat(Sql.count("select count(*) from rectification_order where id = " + tax + " and status = 'OPEN'"
                + " and verified_at is null and rectified_at is null and answered_at is null and handled_by is null"
                + " and appeal_status is null")).as("unchanged").isEqualTo(1);

        long amr = rectificationOrder("AMR");
        post("/api/work-orders/" + amr + "/steps", "{\"step\":\"VERIFIED\",\"text\":\"经核实，窗口排队超过40分钟\"}").statusCode(200)
                .body("status", equalTo("VERIFIED")).body("verifiedBy", equalTo("市首代"));
        post("/api/work-orders/" + amr + "/steps", "{\"step\":\"RECTIFIED\",\"text\":\"增开窗口\"}").statusCode(200);
        post("/api/work-orders/" + amr + "/steps", "{\"step\":\"ANSWERED\",\"text\":\"已电话回复申请人\"}").statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredBy", equalTo("市首代"));
        assertThat(Sql.count("select count(*) from rectification_order where id = " + amr + " and verified_by_id = 'u-chief-amr'"
                + " and rectified_by_id = 'u-chief-amr' and answered_by_id = 'u-chief-amr'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "sub", value = "u-coordinator"))
    void theSupervisorActsOnEveryDepartmentsOrders() {
        long tax = rectificationOrder("TAX");
        long amr = rectificationOrder("AMR");
        for (long id : new long[] {tax, amr}) {
            post("/api/work-orders/" + id + "/steps", "{\"step\":\"VERIFIED\",\"text\":\"督办核实\"}").statusCode(200);
        }
        assertThat(Sql.count("select count(*) from rectification_order where id in (" + tax + ", " + amr
                + ") and verified_by_id = 'u-coordinator'")).isEqualTo(2);
        assertThat(given().when().get("/api/work-orders").then().statusCode(200).extract().jsonPath().getList("id", Long.class))
                .contains(tax, amr);

        Sql.execute("update rectification_order set appeal_reason = '误评', appeal_status = 'PENDING' where id = " + tax);
        post("/api/work-orders/" + tax + "/appeal-review", "{\"upheld\":false}").statusCode(200).body("appealStatus", equalTo("REJECTED"));
        assertThat(Sql.text("select appeal_reviewed_by_id from rectification_order where id = " + tax
                + " and appeal_reviewed_at is not null")).isEqualTo("u-coordinator");

        long complaint = post("/api/complaints", """
                {"complainantName":"王先生","content":"跑了两次未办成","channel":"WINDOW"}""").statusCode(201)
                .extract().jsonPath().getLong("id");
        post("/api/complaints/" + complaint + "/assignment", "{\"leadSection\":\"TAX\"}").statusCode(200);
        post("/api/complaints/" + complaint + "/feedback", "{\"text\":\"督办代为回复\"}").statusCode(200);
        assertThat(Sql.count("select count(*) from supervision_order where id = " + complaint + " and received_by_id = 'u-coordinator'"
                + " and assigned_by_id = 'u-coordinator' and feedback_by_id = 'u-coordinator'")).isEqualTo(1);
    }
}
