package cn.onewindow.intake.takein.rest;

import static cn.onewindow.intake.takein.rest.DocumentsTest.m;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Review points (审查要点) are checked, not only shown: a take-in with a point unanswered, or answering a point the
 * item's version does not have, is refused and writes nothing; the answers are kept with the case and travel on its
 * event (so into the trail); a failing point goes into the one-time notice. Real PostgreSQL and Kafka.
 */
@QuarkusTest
class ReviewPointsTest {
    static final String ORG = "91350100M000100Y43";
    static final List<Map<String, String>> COMPLETE = List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
            m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE"));

    static Map<String, Object> body(List<Map<String, String>> reviewPoints) {
        var body = new HashMap<String, Object>(Map.of("itemCode", "AMR-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "审查要点测试有限公司", "idNumber", ORG),
                "materials", COMPLETE, "deliveryMethod", "PICKUP"));
        if (reviewPoints != null) {
            body.put("reviewPoints", reviewPoints);
        }
        return body;
    }

    static long[] counts() {
        return new long[] {Sql.count("select count(*) from intake_case"), Sql.count("select count(*) from intake_notice"),
                Sql.count("select count(*) from outbox_event"), Sql.count("select count(*) from reviewed_point")};
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aTakeInWithAReviewPointUnansweredIsRefusedAndWritesNothing() {
        long[] before = counts();
        // none answered at all (the web app used to show the points and send nothing)
        given().contentType(ContentType.JSON).body(body(null)).when().post("/api/cases").then().statusCode(422)
                .body("code", equalTo("review-points-unanswered"))
                .body("detailZh", containsString("章程须全体股东签署")).body("detail", containsString("AMR-0001"));
        // one of three left out
        var twoOfThree = new ArrayList<>(ReviewPointsFixture.confirmed("AMR-0001"));
        twoOfThree.remove(1);
        given().contentType(ContentType.JSON).body(body(twoOfThree)).when().post("/api/cases").then().statusCode(422)
                .body("code", equalTo("review-points-unanswered"))
                .body("detailZh", containsString("章程须全体股东签署"))
                .body("detailZh", org.hamcrest.Matchers.not(containsString("名称须经自主申报通过")));
        // answered both ways: no answer
        var both = new ArrayList<>(ReviewPointsFixture.confirmed("AMR-0001"));
        both.add(Map.of("itemCode", "AMR-0001", "point", "章程须全体股东签署", "outcome", "FAILED"));
        given().contentType(ContentType.JSON).body(body(both)).when().post("/api/cases").then().statusCode(422)
                .body("code", equalTo("review-points-unanswered"));
        // a point this version does not have (another version's words)
        var stray = new ArrayList<>(ReviewPointsFixture.confirmed("AMR-0001"));
        stray.add(Map.of("itemCode", "AMR-0001", "point", "经营范围须与章程一致", "outcome", "CONFIRMED"));
        given().contentType(ContentType.JSON).body(body(stray)).when().post("/api/cases").then().statusCode(422)
                .body("code", equalTo("unknown-review-point")).body("detailZh", containsString("经营范围须与章程一致"));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theAnswersAreKeptWithTheCaseAndCarriedOnItsEventIntoTheTrail() {
        String caseId = given().contentType(ContentType.JSON).body(body(ReviewPointsFixture.confirmed("AMR-0001")))
                .when().post("/api/cases").then().statusCode(201).body("outcome", equalTo("ACCEPTED_ON_SPOT"))
                .extract().path("intakeCase.caseId");
        assertThat(Sql.count("select count(*) from reviewed_point where case_id = '" + caseId + "' and outcome = 'CONFIRMED'"))
                .isEqualTo(3);
        assertThat(Sql.text("select point from reviewed_point where case_id = '" + caseId + "' and position = 2"))
                .isEqualTo("章程须全体股东签署");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_TAKEN_IN + "' and payload like '%\"reviewPoints\":[%'"
                + " and payload like '%章程须全体股东签署%' and payload like '%\"outcome\":\"CONFIRMED\"%'")).isEqualTo(1);
        // the trail records the event's data: who confirmed what, under which catalogue version
        assertThat(Sql.count("select count(*) from trail_entry where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_TAKEN_IN + "' and what like '%住所证明可容缺后补%'"
                + " and actor_id = 'clerk-test' and catalogue_version like 'AMR-0001@v%'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aFailingReviewPointGoesIntoTheOneTimeNoticeAndNothingIsTakenIn() throws Exception {
        long cases = Sql.count("select count(*) from intake_case");
        var answers = new ArrayList<Map<String, String>>();
        for (var a : ReviewPointsFixture.confirmed("AMR-0001")) {
            answers.add("章程须全体股东签署".equals(a.get("point"))
                    ? Map.of("itemCode", "AMR-0001", "point", a.get("point"), "outcome", "FAILED", "note", "缺少股东乙的签字") : a);
        }
        String number = given().contentType(ContentType.JSON).body(body(answers)).when().post("/api/cases").then().statusCode(200)
                .body("outcome", equalTo("ONE_TIME_NOTICE"))
                .body("problems.code", org.hamcrest.Matchers.contains("RP-2"))
                .body("problems[0].kind", equalTo("REVIEW_POINT_FAILED"))
                .body("problems[0].name", equalTo("章程须全体股东签署"))
                .body("problems[0].problemZh", containsString("缺少股东乙的签字"))
                .extract().path("noticeNumber");
        assertThat(Sql.count("select count(*) from intake_case")).as("no case").isEqualTo(cases);
        assertThat(Sql.count("select count(*) from intake_notice where notice_number = '" + number
                + "' and content like '%\"reviewPoints\":[%' and content like '%\"outcome\":\"FAILED\"%'")).isEqualTo(1);
        assertThat(DocumentsTest.text("/api/notices/" + number + "/document"))
                .contains("一次性告知书", "章程须全体股东签署", "不符合审查要点", "缺少股东乙的签字");
    }
}
