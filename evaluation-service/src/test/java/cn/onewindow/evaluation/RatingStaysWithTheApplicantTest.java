package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * #20, item 6 — staff rated their own work: any clerk fetched a case's rating tokens from
 * {@code /api/evaluations/{caseId}/invitation} and rated it, naming any channel. Now the tokens reach the
 * applicant only (their rating link), no staff post reads them, and the channel is the token's.
 */
@QuarkusTest
class RatingStaysWithTheApplicantTest {
    @Test
    @TestSecurity(user = "all-posts", roles = {"window-clerk", "mid-desk", "material-runner", "department-reviewer",
            "chief-representative", "issuance-clerk", "supervisor", "hall-admin", "operator"})
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void noStaffPostCanFetchACasesRatingTokens() {
        String caseId = RatingTest.delivered();
        String front = ApplicantLink.token(caseId, "FRONT_DESK");
        String back = ApplicantLink.token(caseId, "BACK_OFFICE");
        // the endpoint that handed them to the window and issuance clerks is gone, for every post
        String answer = given().when().get("/api/evaluations/" + caseId + "/invitation").then().statusCode(not(200))
                .extract().asString();
        assertThat(answer).as("what every staff post at once gets").doesNotContain(front).doesNotContain(back)
                .doesNotContain(front.substring(front.indexOf('.') + 1));
        // what staff may read of a case's rating carries no token either
        assertThat(given().when().get("/api/evaluations/" + caseId + "/ratings").then().statusCode(200).extract().asString())
                .doesNotContain(front).doesNotContain(back);
    }

    @Test
    void theApplicantIsSentTheRatingLinkWhenTheCaseIsDelivered() {
        String caseId = RatingTest.delivered();
        assertThat(ApplicantLink.of(caseId)).contains("/rate.html?case=" + caseId + "&front=SMS.").contains("&back=SMS.");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.RATING_INVITED + "'")).as("sent once").isEqualTo(1);
    }

    @Test
    void theRatingIsRecordedWithTheChannelItsTokenCameByNotTheOneTheRequestNames() {
        String caseId = RatingTest.delivered();
        String back = ApplicantLink.token(caseId, "BACK_OFFICE");
        // a clerk (or anyone) naming the window's device: the token came by the applicant's notice
        given().contentType(ContentType.JSON).body("""
                        {"caseId":"%s","stage":"BACK_OFFICE","level":5,"channel":"WINDOW_DEVICE","token":"%s"}"""
                        .formatted(caseId, back))
                .when().post("/api/ratings").then().statusCode(201).body("channel", equalTo("SMS"));
        assertThat(Sql.text("select channel from rating where case_id = '" + caseId + "' and stage = 'BACK_OFFICE'"))
                .isEqualTo("SMS");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.RATING_RECORDED + "' and payload like '%\"channel\":\"SMS\"%'")).isEqualTo(1);
    }

    @Test
    void aTokenRelabelledForAnotherChannelDoesNotRate() {
        String caseId = RatingTest.delivered();
        String front = ApplicantLink.token(caseId, "FRONT_DESK");
        String relabelled = "WINDOW_DEVICE" + front.substring(front.indexOf('.'));
        given().contentType(ContentType.JSON).body(RatingTest.rating(caseId, "FRONT_DESK", 5, null, relabelled))
                .when().post("/api/ratings").then().statusCode(403).body("code", equalTo("invalid-rating-token"));
        assertThat(Sql.count("select count(*) from rating where case_id = '" + caseId + "'")).isZero();
    }

    /**
     * Tokens of the old form (an HMAC of case and stage, no channel) were handed to staff before the fix: they no
     * longer rate, whatever key made them — here the secret that stood in the repository until then.
     */
    @Test
    void aTokenOfTheFormStaffCouldFetchNoLongerRates() throws Exception {
        String caseId = RatingTest.delivered();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("local-demo-rating-secret-change-me".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String old = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((caseId + "|BACK_OFFICE").getBytes(StandardCharsets.UTF_8)));
        given().contentType(ContentType.JSON).body(RatingTest.rating(caseId, "BACK_OFFICE", 5, null, old))
                .when().post("/api/ratings").then().statusCode(403).body("code", equalTo("invalid-rating-token"));
        assertThat(Sql.count("select count(*) from rating where case_id = '" + caseId + "'")).isZero();
    }
}
