package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * evaluation-service on the real Kafka and PostgreSQL: a delivered case opens for rating; the
 * applicant's token (from their rating link) works once per stage and only for its case; a rating
 * below 满意 needs a reason; a bad rating opens a rectification work order due in 5 working days.
 */
@QuarkusTest
class RatingTest {
    static String delivered() {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_DELIVERED, """
                {"caseId":"%s","departmentCode":"AMR","deliveryMethod":"PICKUP","receivedBy":"测试",
                 "deliveredAt":"2026-09-29T02:00:00Z"}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from evaluation_case where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static String rating(String caseId, String stage, int level, String reason, String token) {
        return """
                {"caseId":"%s","stage":"%s","level":%d,%s"token":"%s"}"""
                .formatted(caseId, stage, level, reason == null ? "" : "\"reason\":\"" + reason + "\",", token);
    }

    @Test
    void aStageIsRatedOnceWithItsOwnToken() {
        String caseId = delivered();
        String front = ApplicantLink.token(caseId, "FRONT_DESK");
        String back = ApplicantLink.token(caseId, "BACK_OFFICE");
        // a token for the front desk does not rate the back office, nor another case
        given().contentType(ContentType.JSON).body(rating(caseId, "BACK_OFFICE", 5, null, front))
                .when().post("/api/ratings").then().statusCode(403).body("code", equalTo("invalid-rating-token"));
        given().contentType(ContentType.JSON).body(rating(delivered(), "FRONT_DESK", 5, null, front))
                .when().post("/api/ratings").then().statusCode(403);
        given().contentType(ContentType.JSON).body(rating(caseId, "FRONT_DESK", 5, null, front))
                .when().post("/api/ratings").then().statusCode(201);
        given().contentType(ContentType.JSON).body(rating(caseId, "FRONT_DESK", 4, null, front))
                .when().post("/api/ratings").then().statusCode(409).body("code", equalTo("already-rated"));
        given().contentType(ContentType.JSON).body(rating(caseId, "BACK_OFFICE", 5, null, back))
                .when().post("/api/ratings").then().statusCode(201);
        assertThat(Sql.count("select count(*) from rating where case_id = '" + caseId + "'")).isEqualTo(2);
    }

    @Test
    void aBadRatingNeedsAReasonAndOpensAWorkOrder() {
        String caseId = delivered();
        String back = ApplicantLink.token(caseId, "BACK_OFFICE");
        given().contentType(ContentType.JSON).body(rating(caseId, "BACK_OFFICE", 1, null, back))
                .when().post("/api/ratings").then().statusCode(400).body("code", equalTo("reason-required"));
        assertThat(Sql.count("select count(*) from rating where case_id = '" + caseId + "'")).isZero();
        given().contentType(ContentType.JSON).body(rating(caseId, "BACK_OFFICE", 1, "审批超时且未说明原因", back))
                .when().post("/api/ratings").then().statusCode(201);
        assertThat(Sql.count("select count(*) from rectification_order where case_id = '" + caseId
                + "' and status = 'OPEN' and stage = 'BACK_OFFICE'")).isEqualTo(1);
    }
}
