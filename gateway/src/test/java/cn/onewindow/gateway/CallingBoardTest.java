package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.time.ClockProducer;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The calling screen: today's calls from the queue topic, newest first, readable without login. */
@QuarkusTest
class CallingBoardTest {
    @Test
    void aCallOnTheQueueTopicReachesThePublicBoardAndYesterdaysDoNot() throws InterruptedException {
        String today = LocalDate.now(ClockProducer.HALL_ZONE).toString();
        String yesterday = LocalDate.now(ClockProducer.HALL_ZONE).minusDays(1).toString();
        String old = "Z" + UUID.randomUUID().toString().substring(0, 3);
        String first = "Q" + UUID.randomUUID().toString().substring(0, 3);
        String second = "R" + UUID.randomUUID().toString().substring(0, 3);
        Events.send(Topics.QUEUE, yesterday + ":" + old, EventTypes.TICKET_CALLED, call(old, yesterday, "2"));
        Events.send(Topics.QUEUE, today + ":" + first, EventTypes.TICKET_ISSUED, call(first, today, null));
        Events.send(Topics.QUEUE, today + ":" + first, EventTypes.TICKET_CALLED, call(first, today, "3"));
        // the two tickets' keys fall on different partitions, applied in any order: the second is called once the first shows
        awaitShown(first);
        Events.send(Topics.QUEUE, today + ":" + second, EventTypes.TICKET_CALLED, call(second, today, "5"));

        List<String> shown = awaitShown(second);
        assertThat(shown.indexOf(second)).as("newest first").isLessThan(shown.indexOf(first));
        assertThat(shown).doesNotContain(old);
        given().when().get("/api/display/calls").then().body("find { it.ticketNumber == '" + first + "' }.window",
                org.hamcrest.Matchers.equalTo("3"));
    }

    @Test
    @TestSecurity(user = "both", roles = {"window-clerk", "supervisor"})
    void whoAmIListsEveryPostTheUserHolds() {
        given().when().get("/api/me").then().statusCode(200)
                .body("posts", contains("window-clerk", "supervisor"))
                .body("posts", hasItem("supervisor"));
    }

    /** The board's ticket numbers once {@code number} is among them (at most 30 s). */
    private static List<String> awaitShown(String number) throws InterruptedException {
        List<String> shown = List.of();
        for (int i = 0; i < 300 && !shown.contains(number); i++) {
            shown = given().when().get("/api/display/calls").then().statusCode(200).extract().path("ticketNumber");
            Thread.sleep(100);
        }
        return shown;
    }

    private static String call(String number, String day, String window) {
        return "{\"ticketNumber\":\"" + number + "\",\"day\":\"" + day + "\",\"kind\":\"NORMAL\",\"status\":\"CALLED\","
                + "\"windowNo\":" + (window == null ? "null" : "\"" + window + "\"") + ",\"at\":\"2026-11-24T01:00:00Z\"}";
    }
}
