package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * An applicant's login (the realm role {@code applicant}, issue #23) is no staff login: the gateway lets it reach
 * the services' applicant operations, who is logged in and nothing else — every staff route answers 403
 * {@code applicant-not-staff} without calling a service, and the staff app's page sends it to the applicant page.
 */
@QuarkusTest
@QuarkusTestResource(StubIssuanceService.class)
class ApplicantIsNotStaffTest {
    /** Staff-only routes of the gateway itself and, through the proxy, of the services (none of them called). */
    @ParameterizedTest
    @ValueSource(strings = { "/api/timeline/DX-20000101-999999", "/api/events/recent", "/api/events/stream", "/api-docs/",
            "/api-docs/intake-service.yaml", "/openapi-ui/index.html", "/api/issuance/DX-20000101-999999",
            "/api/issuance/issuance/register", "/api/intake/cases/mine", "/api/approval/department/cases",
            "/api/issuance/applicantx/notices", "/api/issuance/x/applicant/notices", "/api/issuance/applicant" })
    @TestSecurity(user = "applicant-test", roles = "applicant")
    void anApplicantIsRefusedEveryStaffRoute(String path) {
        given().redirects().follow(false).when().get(path).then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("applicant-not-staff"))
                .body("detailZh", containsString("申请人"))
                .body(not(containsString(StubIssuanceService.MARK)));
    }

    @Test
    @TestSecurity(user = "applicant-test", roles = "applicant")
    void writesAreRefusedAsReadsAre() {
        given().contentType("application/json").body("{}").when().post("/api/issuance/DX-20000101-999999/pickup")
                .then().statusCode(403).body("code", equalTo("applicant-not-staff"))
                .body(not(containsString(StubIssuanceService.MARK)));
    }

    @Test
    @TestSecurity(user = "applicant-test", roles = "applicant")
    void theStaffAppSendsAnApplicantToTheApplicantPage() {
        for (String page : new String[] {"/", "/index.html"}) {
            given().redirects().follow(false).when().get(page).then().statusCode(303)
                    .header("Location", equalTo("/applicant.html"));
        }
    }

    @Test
    @TestSecurity(user = "applicant-test", roles = "applicant")
    void anApplicantReachesTheApplicantOperationsThroughTheProxy() {
        given().when().get("/api/issuance/applicant/notices").then().statusCode(200)
                .body("mark", equalTo(StubIssuanceService.MARK))
                .body("path", equalTo("/api/applicant/notices"));
    }

    @Test
    @TestSecurity(user = "applicant-test", roles = "applicant")
    void whoIsLoggedInSaysApplicantWithNoPost() {
        given().when().get("/api/me").then().statusCode(200)
                .body("applicant", equalTo(true))
                .body("posts", empty())
                .body("department", equalTo(""));
    }

    /** The role decides: a login that also holds a post (the realm never gives one) is still an applicant's. */
    @Test
    @TestSecurity(user = "applicant-with-post", roles = { "applicant", "window-clerk" })
    void theApplicantRoleIsNeverStaffWhateverElseIsHeld() {
        given().when().get("/api/timeline/DX-20000101-999999").then().statusCode(403)
                .body("code", equalTo("applicant-not-staff"));
        given().when().get("/api/me").then().statusCode(200).body("applicant", equalTo(true)).body("posts", empty());
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void staffPassAsBefore() {
        given().when().get("/api/me").then().statusCode(200).body("applicant", equalTo(false))
                .body("posts[0]", equalTo("window-clerk"));
        given().when().get("/api/issuance/DX-20000101-999999").then().statusCode(200)
                .body("mark", equalTo(StubIssuanceService.MARK));
    }
}
