package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * #22 item 13 — the department works its rectification order from the web app, which shows a refusal's
 * Chinese message as it comes: a step out of order is refused with the order's state in words (no OPEN or
 * VERIFIED on the screen), and a closed order — answered, or closed by an upheld appeal — takes no more steps.
 */
@QuarkusTest
class WorkOrderStepsInWordsTest {
    static ValidatableResponse step(long id, String step) {
        return given().contentType(ContentType.JSON).body("{\"step\":\"" + step + "\",\"text\":\"已办\"}")
                .when().post("/api/work-orders/" + id + "/steps").then();
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aStepOutOfOrderIsRefusedInWords() {
        long id = OrdersStayWithTheirDepartmentTest.rectificationOrder("AMR");
        String zh = step(id, "RECTIFIED").statusCode(409).body("code", equalTo("wrong-step")).extract().path("detailZh");
        assertThat(zh).contains("待核实").doesNotContainPattern("[A-Z]{4,}");
        step(id, "VERIFIED").statusCode(200);
        zh = step(id, "ANSWERED").statusCode(409).extract().path("detailZh");
        assertThat(zh).contains("已核实").doesNotContainPattern("[A-Z]{4,}");
        step(id, "RECTIFIED").statusCode(200);
        step(id, "ANSWERED").statusCode(200).body("status", equalTo("ANSWERED"));
        step(id, "ANSWERED").statusCode(409).body("code", equalTo("already-answered"));
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = "chief-representative")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void anOrderClosedByAnUpheldAppealTakesNoMoreSteps() {
        long id = OrdersStayWithTheirDepartmentTest.rectificationOrder("AMR");
        Sql.execute("update rectification_order set appeal_status = 'UPHELD', answered_at = now(), answer = '申诉成立' where id = " + id);
        step(id, "VERIFIED").statusCode(409).body("code", equalTo("already-answered"));
        assertThat(Sql.count("select count(*) from rectification_order where id = " + id + " and status = 'OPEN'"
                + " and verified_at is null")).as("unchanged").isEqualTo(1);
    }
}
