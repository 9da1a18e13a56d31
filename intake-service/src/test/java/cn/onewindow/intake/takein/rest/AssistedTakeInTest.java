package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * 代办 (帮办代办): the helper takes a file in through the window's take-in for an ASSISTED help request of the helper's
 * hall — recorded as such on the case's event and on the request — once; no other take-in names a request.
 */
@QuarkusTest
class AssistedTakeInTest {
    static String withRequest(String id) {
        return CaseResourceTest.BODY.replaceFirst("\\{", "{\"helpRequestId\":\"" + id + "\",");
    }

    static String answered(String resolution) {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("channel", "WINDOW", "applicantName", "测试申请人", "question", "想办个体工商户登记，不会填表"))
                .when().post("/api/help-requests").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("resolution", resolution))
                .when().post("/api/help-requests/" + id + "/answer").then().statusCode(200);
        return id;
    }

    @Test
    @TestSecurity(user = "helper-test", roles = "helper")
    @OidcSecurity(claims = {@Claim(key = "hall", value = "DX"), @Claim(key = "family_name", value = "何"),
            @Claim(key = "given_name", value = "丽")})
    void theHelperTakesTheFileInForTheAssistedRequestOnce() {
        String id = answered("ASSISTED");
        String caseId = given().contentType(ContentType.JSON).body(withRequest(id))
                .when().post("/api/cases").then().statusCode(201)
                .body("intakeCase.firstHandlerName", equalTo("何丽")).extract().path("intakeCase.caseId");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_TAKEN_IN + "' and payload like '%\"helpRequestId\":\"" + id + "\"%' "
                + "and payload like '%\"post\":\"helper\"%'")).as("recorded as the helper's assisted take-in").isEqualTo(1);
        assertThat(Sql.text("select case_id from help_request where id = '" + id + "'")).isEqualTo(caseId);

        long cases = Sql.count("select count(*) from intake_case");
        given().contentType(ContentType.JSON).body(withRequest(id))
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("help-request-used"));
        given().contentType(ContentType.JSON).body(CaseResourceTest.BODY)
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("help-request-required"));
        given().contentType(ContentType.JSON).body(withRequest(answered("RESOLVED")))
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("help-request-not-assisted"));
        given().contentType(ContentType.JSON).body(withRequest(UUID.randomUUID().toString()))
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("unknown-help-request"));
        assertThat(Sql.count("select count(*) from intake_case")).as("nothing taken in").isEqualTo(cases);
    }

    /**
     * The helper's answer lost on the way: the same submission sent again with its Idempotency-Key gets the first answer
     * (the one case), not 422 help-request-used — the request's use is checked inside the take-in, after the key.
     */
    @Test
    @TestSecurity(user = "helper-test", roles = "helper")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void aRepeatOfTheAssistedSubmissionGetsItsFirstAnswer() {
        String id = answered("ASSISTED");
        String key = UUID.randomUUID().toString();
        String caseId = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(withRequest(id))
                .when().post("/api/cases").then().statusCode(201).extract().path("intakeCase.caseId");
        long cases = Sql.count("select count(*) from intake_case");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(withRequest(id))
                .when().post("/api/cases").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("intakeCase.caseId", equalTo(caseId));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(withRequest(id))
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("help-request-used"));
        assertThat(Sql.count("select count(*) from intake_case")).as("no second case").isEqualTo(cases);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "DX"))
    void aWindowClerkNamesNoHelpRequest() {
        long cases = Sql.count("select count(*) from intake_case");
        given().contentType(ContentType.JSON).body(withRequest(UUID.randomUUID().toString()))
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("help-request-helper-only"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
    }
}
