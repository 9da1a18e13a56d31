package cn.onewindow.intake.credit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.intake.takein.rules.IdentityNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * 红名单主动提示 (#22 item 8): the red list was kept but never shown. The window looks the applicant up as the clerk
 * enters them — the ID number in the body, never in a URL — and a red-listed applicant comes with the trustworthy's
 * incentives (守信激励: priority, 容缺 their credit allows); a blacklisted one with the limits intake will hold to.
 */
@QuarkusTest
class CreditLookupTest {
    static final String RED_LISTED = person("13100119800101071");
    static final String BLACKLISTED = person("13100119800101072");
    static final String NOT_LISTED = person("13100119800101073");

    static String person(String first17) {
        return first17 + IdentityNumbers.residentIdCheck(first17);
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    void aRedListedApplicantIsPromptedPositivelyAndTheNumberNeverTravelsInAUrl() {
        put(RED_LISTED, "守信个人", false, true, "A");
        put(BLACKLISTED, "失信个人", true, false, "D");

        String answer = lookUp(RED_LISTED).statusCode(200)
                .body("listed", equalTo(true)).body("redListed", equalTo(true)).body("creditLevel", equalTo("A"))
                .body("deferralAllowed", equalTo(true))
                .body("prompts.code", contains("RED_LIST", "DEFERRAL_ELIGIBLE"))
                .body("prompts[0].zh", containsString("守信激励"))
                .body("prompts[0].en", containsString("priority"))
                .extract().asString();
        assertThat(answer).as("the answer does not echo the number").doesNotContain(RED_LISTED);

        lookUp(BLACKLISTED).statusCode(200).body("deferralAllowed", equalTo(false)).body("prompts.code", contains("BLACKLISTED"));
        // not on the list: nothing against them, nothing to prompt
        lookUp(NOT_LISTED).statusCode(200).body("listed", equalTo(false)).body("deferralAllowed", equalTo(true))
                .body("prompts", empty());
        lookUp("").statusCode(400);

        // the old lookup with the number in its path is gone (the path keeps the admin's PUT only)
        given().when().get("/api/credit/" + RED_LISTED).then().statusCode(oneOf(404, 405));
    }

    @Test
    @TestSecurity(user = "runner-test", roles = "material-runner")
    void onlyTheWindowTheAdminAndTheSupervisorLookApplicantsUp() {
        lookUp(RED_LISTED).statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse lookUp(String idNumber) {
        return given().contentType(ContentType.JSON).body(Map.of("idNumber", idNumber)).when().post("/api/credit/lookup").then();
    }

    private static void put(String id, String name, boolean blacklisted, boolean redListed, String level) {
        given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "PERSON", "blacklisted", blacklisted,
                "redListed", redListed, "creditLevel", level)).when().put("/api/credit/" + id).then().statusCode(200);
    }
}
