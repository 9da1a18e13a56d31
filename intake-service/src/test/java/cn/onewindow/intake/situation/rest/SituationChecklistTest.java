package cn.onewindow.intake.situation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * 多情形受理, read side: the demo's AMR-0008 (药品零售企业经营许可, 办理类型 新设 / 变更 / 注销) gives each answer its own
 * checklist and limits, at the window and in the public guide alike; answers and situations not of the item are refused
 * in both languages; a version whose situations the same answers could choose is refused at publication, nothing
 * published. Real PostgreSQL (the demo catalogue).
 */
@QuarkusTest
class SituationChecklistTest {
    static final String ITEM = "AMR-0008";

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void twoAnswersGiveTwoChecklistsWithTheirOwnLimits() {
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?answers=TYPE:NEW").then().statusCode(200)
                .body("itemCode", equalTo(ITEM)).body("situation.code", equalTo("NEW")).body("situation.name", equalTo("新设"))
                .body("materials.code", contains("APP", "BL", "PHARM", "LAYOUT", "QMS", "POA"))
                .body("statutoryDays", equalTo(20)).body("promisedDays", equalTo(10)).body("promisedZh", equalTo("10个工作日"))
                .body("answers.TYPE", equalTo("NEW"));
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?answers=TYPE:CANCEL").then().statusCode(200)
                .body("situation.code", equalTo("CANCEL")).body("materials.code", contains("APP", "LICENCE", "POA"))
                .body("statutoryDays", equalTo(10)).body("promisedDays", equalTo(1));
        // once chosen, by its code
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?situation=CHANGE").then().statusCode(200)
                .body("situation.code", equalTo("CHANGE")).body("materials.code", contains("APP", "LICENCE", "CHG", "POA"))
                .body("promisedDays", equalTo(5));
        // nothing answered yet: the questions, in the catalogue's words
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist").then().statusCode(200)
                .body("questions[0].code", equalTo("TYPE")).body("questions[0].text", equalTo("办理类型"))
                .body("questions[0].options.code", contains("NEW", "CHANGE", "CANCEL"))
                .body("situation", nullValue()).body("materials", nullValue());
        // an item without situations: its own checklist
        given().when().get("/api/catalogue/items/AMR-0001/checklist").then().statusCode(200)
                .body("situation", nullValue()).body("materials.code", contains("APP", "AOA", "LR-ID", "ADDR", "POA"))
                .body("promisedDays", equalTo(1));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void answersAndSituationsNotOfTheItemAreRefused() {
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?answers=TYPE:MERGE").then().statusCode(422)
                .body("code", equalTo("unknown-situation")).body("detailZh", containsString("TYPE:MERGE"));
        given().when().get("/api/catalogue/items/AMR-0001/checklist?answers=TYPE:NEW").then().statusCode(422)
                .body("code", equalTo("unknown-situation"));
        given().when().get("/api/catalogue/items/AMR-0001/checklist?situation=NEW").then().statusCode(422)
                .body("code", equalTo("unknown-situation"));
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?situation=MERGE").then().statusCode(422)
                .body("code", equalTo("unknown-situation")).body("detailZh", containsString("NEW 新设"));
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?answers=TYPE").then().statusCode(400)
                .body("code", equalTo("invalid-answers")).body("detail", containsString("question:option"));
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?answers=TYPE:NEW&situation=NEW").then().statusCode(400)
                .body("code", equalTo("answers-or-situation"));
        given().when().get("/api/catalogue/items/ZZ-0001/checklist").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "runner-test", roles = "material-runner")
    void notForPostsOutsideTheWindowAndTheDepartments() {
        given().when().get("/api/catalogue/items/" + ITEM + "/checklist?answers=TYPE:NEW").then().statusCode(403);
    }

    @Test
    void theGuideGivesTheApplicantTheSameChecklistWithoutALogin() {
        given().when().get("/api/guide/items/" + ITEM + "/checklist?answers=TYPE:CHANGE").then().statusCode(200)
                .body("situation.name", equalTo("变更")).body("materials.code", contains("APP", "LICENCE", "CHG", "POA"))
                .body("promisedZh", equalTo("5个工作日"));
        given().when().get("/api/guide/items/" + ITEM + "/checklist?answers=TYPE:NEW&at=2025-06-01").then().statusCode(200)
                .body("situation.code", equalTo("NEW"));
        given().when().get("/api/guide/items/" + ITEM + "/checklist?answers=SIZE:BIG").then().statusCode(422)
                .body("code", equalTo("unknown-situation"));
        given().when().get("/api/guide/items/" + ITEM + "/checklist?at=yesterday").then().statusCode(400)
                .body("code", equalTo("invalid-instant"));
        given().when().get("/api/guide/items/not-an-item/checklist").then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "admin-test"))
    void aVersionWhoseSituationsTheSameAnswersChooseIsRefusedAndNothingIsPublished() {
        Map<String, Object> current = given().when().get("/api/catalogue/items/" + ITEM).then().statusCode(200)
                .extract().path("inForce");
        int versions = given().when().get("/api/catalogue/items/" + ITEM).then().extract().path("versions.size()");
        var def = new HashMap<>((Map<String, Object>) current.get("definition"));
        var situations = new ArrayList<Map<String, Object>>();
        for (Object s : (List<Object>) def.get("situations")) {
            situations.add(new HashMap<>((Map<String, Object>) s));
        }
        situations.get(2).put("when", Map.of("TYPE", "CHANGE")); // 注销 chosen by the answers of 变更
        situations.get(1).put("materials", List.of("APP", "NOPE"));
        def.put("situations", situations);
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", "2031-06-01T00:00:00Z"))
                .when().post("/api/catalogue/items").then().statusCode(422)
                .body("code", equalTo("catalogue-rules"))
                .body("errors.'situations.CANCEL.when'", containsString("情形CANCEL与情形CHANGE"))
                .body("errors.'situations.CHANGE.materials'", containsString("NOPE"));
        given().when().get("/api/catalogue/items/" + ITEM).then().statusCode(200).body("versions.size()", equalTo(versions));
    }
}
