package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * 区域通办 at the window: the demo's station JZ takes in the home hall DX's items it agreed to (企业变更登记 AMR-0004),
 * as a receipt only, numbered by the station, with the three halls on the case, its event and its receipt; an item off
 * the list or a pickup hall that is neither hall is refused with nothing written.
 */
@QuarkusTest
class CrossHallTakeInTest {
    static final List<Map<String, String>> AMR_0004 = List.of(Map.of("code", "APP", "status", "PROVIDED"),
            Map.of("code", "RES", "status", "PROVIDED"), Map.of("code", "BL", "status", "ORIGINAL_VERIFIED"),
            Map.of("code", "POA", "status", "NOT_APPLICABLE"));
    static final List<Map<String, String>> TAX_0001 = List.of(Map.of("code", "BL", "status", "ORIGINAL_VERIFIED"),
            Map.of("code", "LR-ID", "status", "ORIGINAL_VERIFIED"), Map.of("code", "BANK", "status", "PROVIDED"));

    static io.restassured.response.ValidatableResponse takeIn(String item, List<Map<String, String>> materials,
                                                              Map<String, Object> extra) {
        var body = new HashMap<String, Object>(Map.of("itemCode", item,
                "applicant", Map.of("kind", "ORGANISATION", "name", "九州测试有限公司", "idNumber", IntakeScenariosTest.ORG),
                "materials", materials, "deliveryMethod", "PICKUP", "reviewPoints", ReviewPointsFixture.confirmed(item)));
        body.putAll(extra);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then();
    }

    static long written() {
        return Sql.count("select count(*) from intake_case") + Sql.count("select count(*) from intake_notice")
                + Sql.count("select count(*) from outbox_event");
    }

    @Test
    @TestSecurity(user = "clerk-jz", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "JZ"))
    void theStationReceivesTheHomeHallsItemUnderItsOwnNumberWithThePickupHallChosen() throws Exception {
        JsonPath taken = takeIn("AMR-0004", AMR_0004, Map.of()).statusCode(201)
                .body("outcome", equalTo("RECEIVED_ONLY"))
                .body("document", equalTo("RECEIPT"))
                .extract().jsonPath();
        String caseId = taken.getString("intakeCase.caseId");
        assertThat(caseId).matches("JZ-\\d{8}-\\d{6}");
        given().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("hallCode", equalTo("JZ")).body("owningHallCode", equalTo("DX")).body("pickupHallCode", equalTo("JZ"))
                .body("status", equalTo("RECEIVED"))
                .body("delegationId", equalTo(null)); // received under the 通办 agreement, not the home hall's delegation
        String event = Sql.text("select payload from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_TAKEN_IN + "'");
        assertThat(event).contains("\"hallCode\":\"JZ\"", "\"owningHallCode\":\"DX\"", "\"pickupHallCode\":\"JZ\"",
                "\"intakePath\":\"RECEIVED_ONLY\"");
        // 领取地点 on the receipt: the station, by name and address
        String receipt = DocumentsTest.text("/api/cases/" + caseId + "/document").replace("\n", "");
        assertThat(receipt).contains("收件凭证", "领取地点：九州镇便民服务站");

        String collectedAtHome = takeIn("AMR-0004", AMR_0004, Map.of("pickupHallCode", "DX")).statusCode(201)
                .extract().path("intakeCase.caseId");
        given().when().get("/api/cases/" + collectedAtHome).then().statusCode(200)
                .body("hallCode", equalTo("JZ")).body("pickupHallCode", equalTo("DX"));
        assertThat(Sql.text("select payload from outbox_event where aggregate_id = '" + collectedAtHome + "' and event_type = '"
                + EventTypes.CASE_TAKEN_IN + "'")).contains("\"pickupHallCode\":\"DX\"");
    }

    @Test
    @TestSecurity(user = "clerk-jz", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "JZ"))
    void anItemOffTheListOrAPickupHallOfNeitherSideIsRefusedWithNothingWritten() {
        long before = written();
        // 新办纳税人套餐式服务: the home hall's item, not on the station's list
        takeIn("TAX-0001", TAX_0001, Map.of()).statusCode(422).body("code", equalTo("not-cross-region-item"));
        takeIn("AMR-0004", AMR_0004, Map.of("pickupHallCode", "XX")).statusCode(422)
                .body("code", equalTo("pickup-hall-not-allowed"));
        // materials missing do not change it: the list is checked before anything else is decided
        takeIn("TAX-0001", List.of(), Map.of()).statusCode(422).body("code", equalTo("not-cross-region-item"));
        assertThat(written()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theHomeHallsClerkTakesItsOwnItemsInThereAndCannotSendTheResultElsewhere() {
        String caseId = given().contentType(ContentType.JSON).body(CaseResourceTest.BODY).when().post("/api/cases")
                .then().statusCode(201).extract().path("intakeCase.caseId");
        assertThat(caseId).startsWith("DX-");
        given().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("hallCode", equalTo("DX")).body("owningHallCode", equalTo("DX")).body("pickupHallCode", equalTo("DX"));
        long before = written();
        given().contentType(ContentType.JSON).body(CaseResourceTest.BODY.replace("\"deliveryMethod\":\"PICKUP\"",
                        "\"deliveryMethod\":\"PICKUP\",\"pickupHallCode\":\"JZ\"")).when().post("/api/cases")
                .then().statusCode(422).body("code", equalTo("pickup-hall-not-allowed"));
        given().contentType(ContentType.JSON).body(CaseResourceTest.BODY.replace("\"deliveryMethod\":\"PICKUP\"",
                        "\"deliveryMethod\":\"PICKUP\",\"pickupHallCode\":\"dx\"")).when().post("/api/cases")
                .then().statusCode(400);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "clerk-xx", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "XX"))
    void aClerkOfAHallTheNetworkDoesNotKnowTakesNothingIn() {
        long before = written();
        takeIn("AMR-0004", AMR_0004, Map.of()).statusCode(422).body("code", equalTo("unknown-hall"));
        assertThat(written()).isEqualTo(before);
    }
}
