package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The gateway keeps one timeline per case from every topic, each event once, in order. */
@QuarkusTest
class TimelineTest {
    @Test
    @TestSecurity(user = "supervisor-test", roles = "supervisor")
    void eventsFromEveryServiceMakeOneTimelineWithoutDuplicates() {
        String caseId = "T-" + UUID.randomUUID();
        String accepted = Events.send("onewindow.intake.case.v1", caseId, "cn.onewindow.case.accepted.v1",
                "{\"caseId\":\"" + caseId + "\",\"actor\":{\"name\":\"张敏\",\"post\":\"window-clerk\"}}");
        Events.send("onewindow.intake.case.v1", caseId, accepted, "cn.onewindow.case.accepted.v1",
                "{\"caseId\":\"" + caseId + "\",\"actor\":{\"name\":\"张敏\",\"post\":\"window-clerk\"}}");
        Events.send("onewindow.routing.case.v1", caseId, "cn.onewindow.case.routed.v1",
                "{\"caseId\":\"" + caseId + "\",\"actor\":{\"name\":\"routing-service\",\"post\":\"system\"}}");
        assertThat(Sql.awaitCount("select count(*) from timeline_entry where case_id = '" + caseId + "'", 2)).isEqualTo(2);
        // the duplicate shares the accepted event's partition; an event after it shows it was consumed
        String later = Events.send("onewindow.intake.case.v1", caseId, "cn.onewindow.case.supplement-received.v1", "{}");
        assertThat(Sql.awaitCount("select count(*) from timeline_entry where event_id = '" + later + "'", 1)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from timeline_entry where case_id = '" + caseId
                + "' and event_type = 'cn.onewindow.case.accepted.v1'")).isEqualTo(1);
        given().when().get("/api/timeline/" + caseId).then().statusCode(200)
                .body("type", hasItems("cn.onewindow.case.accepted.v1", "cn.onewindow.case.routed.v1"))
                .body("[0].actorName", equalTo("张敏"));
    }

    @Test
    @TestSecurity(user = "x", roles = "nobody")
    void aUserWithoutAPostSeesNoTimeline() {
        given().when().get("/api/timeline/T-1").then().statusCode(403);
    }
}
