package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.platform.security.ApplicantRef;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The take-in names the applicant on CaseTakenIn by their pseudonym (#23), so issuance can serve them their notices
 * and certificates without the ID number: the organisation's for an organisation, never the number itself.
 */
@QuarkusTest
class ApplicantRefOnCaseTakenInTest {
    static final String ORG = "91131025MA0A77777L";

    @Inject
    ApplicantRef refs;

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theEventCarriesTheApplicantsPseudonymAndNotTheNumber() {
        var body = new HashMap<String, Object>(Map.of("itemCode", "AMR-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊测试科技有限公司", "idNumber", ORG),
                "materials", ReviewPointsTest.COMPLETE, "deliveryMethod", "PICKUP",
                "reviewPoints", ReviewPointsFixture.confirmed("AMR-0001")));
        String caseId = given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(201)
                .extract().path("intakeCase.caseId");
        String event = Sql.text("select payload from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_TAKEN_IN + "'");
        assertThat(refs.of("ORGANISATION", ORG)).matches("[0-9a-f]{64}");
        assertThat(event).contains("\"applicantRef\":\"" + refs.of("ORGANISATION", ORG) + "\"").doesNotContain(ORG);
    }
}
