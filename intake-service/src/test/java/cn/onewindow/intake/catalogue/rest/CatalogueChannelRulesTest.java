package cn.onewindow.intake.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
 * A version breaking issue #23's catalogue rules (channels, pre-review limit, certificate reuse, commitments) is refused
 * as a whole with every reason in both languages, and nothing is published.
 */
@QuarkusTest
class CatalogueChannelRulesTest {
    static final String ITEM = "AMR-0006"; // 特种设备使用登记: high-risk, the window only

    @SuppressWarnings("unchecked")
    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "admin-test"))
    void aVersionBreakingTheNewRulesIsRefusedWithEveryReasonAndNothingIsPublished() {
        Map<String, Object> current = given().when().get("/api/catalogue/items/" + ITEM).then().statusCode(200)
                .extract().path("inForce");
        int versions = given().when().get("/api/catalogue/items/" + ITEM).then().extract().path("versions.size()");
        var def = new HashMap<>((Map<String, Object>) current.get("definition"));
        def.put("channels", List.of("WINDOW", "ONLINE_PRE_REVIEW", "WINDOW")); // twice, and no pre-review limit
        def.put("preReviewLimit", null);
        var materials = new ArrayList<Map<String, Object>>();
        for (Object m : (List<Object>) def.get("materials")) {
            materials.add(new HashMap<>((Map<String, Object>) m));
        }
        materials.get(0).put("commitmentAllowed", true);   // APP is a key material
        materials.get(1).put("certificateOf", "ZZ-0001");   // no such item
        materials.get(2).put("certificateOf", ITEM);        // its own certificate
        def.put("materials", materials);
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", "2031-06-01T00:00:00Z"))
                .when().post("/api/catalogue/items").then().statusCode(422)
                .body("code", equalTo("catalogue-rules"))
                .body("errors.channels", containsString("办理渠道重复"))
                .body("errors.preReviewLimit", containsString("pre-review limit"))
                .body("errors.'materials.APP.commitmentAllowed'", containsString("关键材料不得以告知承诺替代"))
                .body("errors.'materials.APP.commitmentAllowed'", containsString("cannot be replaced by a commitment"))
                .body("errors.'materials.CERT.certificateOf'", containsString("ZZ-0001"))
                .body("errors.'materials.INSP.certificateOf'", notNullValue())
                .body("errors.commitmentCheckDays", notNullValue())
                .body("detailZh", containsString("事项不符合清单规则"));
        given().when().get("/api/catalogue/items/" + ITEM).then().statusCode(200).body("versions.size()", equalTo(versions));
    }
}
