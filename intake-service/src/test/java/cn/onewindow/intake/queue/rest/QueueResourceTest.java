package cn.onewindow.intake.queue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The ticket queue on the real database: priority first, and no number called twice by windows calling at once. */
@QuarkusTest
class QueueResourceTest {
    static String issue(String kind) {
        return given().contentType(ContentType.JSON).body(Map.of("kind", kind)).when().post("/api/queue/tickets")
                .then().statusCode(201).extract().path("ticketNumber");
    }

    static io.restassured.response.Response call(String window) {
        return given().contentType(ContentType.JSON).body(Map.of("window", window)).when().post("/api/queue/call-next");
    }

    static void drain() {
        while (call("W0").statusCode() == 200) {
            // empty the queue left by other tests
        }
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = {"window-clerk", "mid-desk"})
    void priorityAndAppointmentsAreCalledBeforeNormalNumbers() {
        drain();
        String normal = issue("NORMAL");
        String priority = issue("PRIORITY");
        String appointment = issue("APPOINTMENT");
        assertThat(normal).startsWith("A");
        assertThat(priority).startsWith("V");
        call("3").then().statusCode(200).body("ticketNumber", equalTo(appointment)).body("window", equalTo("3"));
        call("3").then().statusCode(200).body("ticketNumber", equalTo(priority));
        call("3").then().statusCode(200).body("ticketNumber", equalTo(normal));
        call("3").then().statusCode(404).body("code", equalTo("queue-empty"));
        assertThat(Sql.count("select count(*) from outbox_event where topic = '" + Topics.QUEUE + "' and payload like '%\"" + normal
                + "\"%' and event_type = '" + EventTypes.TICKET_CALLED + "'")).as("the calling screen hears of it").isEqualTo(1);
        // …and the statistics of who called it to which window (evaluation-service: on-time rate per window)
        assertThat(Sql.count("select count(*) from outbox_event where topic = '" + Topics.QUEUE + "' and payload like '%\"" + normal
                + "\"%' and payload like '%\"calledBy\":\"clerk-test\"%' and payload like '%\"windowNo\":\"3\"%'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = {"window-clerk", "mid-desk"})
    void twelveWindowsCallingAtOnceNeverGetTheSameNumber() throws Exception {
        drain();
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            issued.add(issue(i % 5 == 0 ? "PRIORITY" : "NORMAL"));
        }
        ConcurrentLinkedQueue<String> called = new ConcurrentLinkedQueue<>();
        ExecutorService windows = Executors.newFixedThreadPool(12);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int w = 1; w <= 12; w++) {
            String window = String.valueOf(w);
            all.add(CompletableFuture.runAsync(() -> {
                while (true) {
                    var r = call(window);
                    if (r.statusCode() == 404) {
                        return;
                    }
                    assertThat(r.statusCode()).isEqualTo(200);
                    called.add(r.jsonPath().getString("ticketNumber"));
                }
            }, windows));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        windows.shutdown();
        assertThat(called).hasSize(60).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(issued);
    }

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    void aReviewerDoesNotCallNumbers() {
        call("1").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("kind", "VIP")).when().post("/api/queue/tickets")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = {"window-clerk", "mid-desk"})
    void anUnknownKindIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "VIP")).when().post("/api/queue/tickets")
                .then().statusCode(400).body("type", startsWith("https://onewindow.cn/problems/"));
    }
}
