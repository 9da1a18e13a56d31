package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Events.Outgoing;
import cn.onewindow.testsupport.Sql;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** The gateway keeps one timeline per case from every topic, each event once, in order. */
@QuarkusTest
class TimelineTest {
    @TestHTTPResource("/api/events/stream")
    URI stream;

    @Test
    @TestSecurity(user = "supervisor-test", roles = "supervisor")
    void eventsFromEveryServiceMakeOneTimelineWithoutDuplicates() {
        String caseId = newCaseId();
        String accepted = Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN,
                "{\"caseId\":\"" + caseId + "\",\"actor\":{\"name\":\"张敏\",\"post\":\"window-clerk\"}}");
        Events.send(Topics.INTAKE_CASE, caseId, accepted, EventTypes.CASE_TAKEN_IN,
                "{\"caseId\":\"" + caseId + "\",\"actor\":{\"name\":\"张敏\",\"post\":\"window-clerk\"}}");
        Events.send(Topics.ROUTING_CASE, caseId, EventTypes.CASE_ROUTED,
                "{\"caseId\":\"" + caseId + "\",\"actor\":{\"name\":\"routing-service\",\"post\":\"system\"}}");
        assertThat(Sql.awaitCount("select count(*) from timeline_entry where case_id = '" + caseId + "'", 2)).isEqualTo(2);
        // the duplicate shares the accepted event's partition; an event after it shows it was consumed
        String later = Events.send(Topics.INTAKE_CASE, caseId, EventTypes.DEFERRED_MATERIALS_SUPPLIED, "{}");
        assertThat(Sql.awaitCount("select count(*) from timeline_entry where event_id = '" + later + "'", 1)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from timeline_entry where case_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_TAKEN_IN + "'")).isEqualTo(1);
        given().when().get("/api/timeline/" + caseId).then().statusCode(200)
                .body("type", hasItems(EventTypes.CASE_TAKEN_IN, EventTypes.CASE_ROUTED))
                .body("[0].actorName", equalTo("张敏"));
    }

    /** A poll's entries are written together, in the transaction that claimed its events, each field as it came. */
    @Test
    @TestSecurity(user = "supervisor-test", roles = "supervisor")
    void aPollsEntriesAreWrittenInOneTransactionEachAsItCame() {
        Events.awaitCaughtUp("gateway", Topics.ROUTING_CASE);
        String named = newCaseId();
        String plain = newCaseId();
        List<String> ids = Events.sendTogether(Topics.ROUTING_CASE, 0, List.of(
                new Outgoing(named, EventTypes.CASE_ROUTED, "{\"caseId\":\"" + named
                        + "\",\"departmentCode\":\"AMR\",\"actor\":{\"name\":\"王芳\",\"post\":\"system\"}}"),
                new Outgoing(plain, EventTypes.CASE_ROUTED, "{\"caseId\":\"" + plain + "\"}"),
                new Outgoing(named, EventTypes.CASE_QUEUED, "{\"caseId\":\"" + named + "\",\"departmentCode\":\"AMR\"}")));
        assertThat(Sql.awaitCount("select count(*) from timeline_entry where event_id in " + in(ids), 3)).isEqualTo(3);
        assertThat(Sql.count("select count(distinct xmin::text) from timeline_entry where event_id in " + in(ids)))
                .as("transactions that wrote the poll's entries").isEqualTo(1);
        assertThat(Sql.count("select count(*) from timeline_entry where event_id = '" + ids.get(0) + "' and case_id = '" + named
                + "' and event_type = '" + EventTypes.CASE_ROUTED + "' and source = '/test' and topic = '" + Topics.ROUTING_CASE
                + "' and actor_name = '王芳' and actor_post = 'system' and data::jsonb ->> 'departmentCode' = 'AMR'"
                + " and occurred_at is not null and received_at is not null")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from timeline_entry where event_id = '" + ids.get(1) + "' and case_id = '" + plain
                + "' and actor_name is null and actor_post is null")).isEqualTo(1);
        given().when().get("/api/timeline/" + named).then().statusCode(200)
                .body("type", hasItems(EventTypes.CASE_ROUTED, EventTypes.CASE_QUEUED))
                .body("[0].actorName", equalTo("王芳"));
    }

    /**
     * An event among a poll's whose entry the database refuses (a NUL character in a name, which PostgreSQL's text
     * cannot hold) goes to the dead-letter topic alone; its batch-mates' entries are kept.
     */
    @Test
    @TestSecurity(user = "supervisor-test", roles = "supervisor")
    void anEntryTheDatabaseRefusesGoesAloneToTheDeadLetterTopicAndItsBatchMatesAreKept() {
        Events.awaitCaughtUp("gateway", Topics.ROUTING_CASE);
        String before = newCaseId();
        String refused = newCaseId();
        String after = newCaseId();
        List<String> ids = Events.sendTogether(Topics.ROUTING_CASE, 0, List.of(
                new Outgoing(before, EventTypes.CASE_ROUTED, "{\"caseId\":\"" + before + "\"}"),
                new Outgoing(refused, EventTypes.CASE_ROUTED, "{\"caseId\":\"" + refused + "\",\"actor\":{\"name\":\"a\\u0000b\"}}"),
                new Outgoing(after, EventTypes.CASE_ROUTED, "{\"caseId\":\"" + after + "\"}")));
        assertThat(Events.arrives(Topics.deadLetters("gateway"), refused)).isTrue();
        assertThat(Sql.awaitCount("select count(*) from timeline_entry where event_id in " + in(List.of(ids.get(0), ids.get(2))), 2))
                .isEqualTo(2);
        assertThat(Sql.count("select count(*) from timeline_entry where case_id = '" + refused + "'")).isZero();
        assertThat(Sql.count("select count(*) from processed_event where event_id = '" + ids.get(1) + "'")).isZero();
    }

    /**
     * Every post hears every case on the live feed and the recent list, so they say only that a case
     * changed: the names in the event (the clerk's, the applicant's) and the content stay in the timeline.
     */
    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theLiveFeedSaysWhichCaseChangedAndNothingOfItsContent() throws Exception {
        // the gateway first works through every earlier module's events: until then the recent list moves on past this case
        Events.awaitCaughtUp("gateway", Topics.INTAKE_CASE, Topics.ROUTING_CASE, Topics.APPROVAL_CASE, Topics.ISSUANCE_CASE,
                Topics.EVALUATION_CASE);
        String caseId = newCaseId();
        var received = new LinkedBlockingQueue<String>();
        var lines = new java.util.concurrent.atomic.AtomicReference<java.util.stream.Stream<String>>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(r -> {
                    lines.set(r.body());
                    r.body().forEach(received::add);
                });
        // the event is sent again until the stream, whose subscription starts a moment after the request, carries it
        Set<String> sent = new HashSet<>();
        String notice = null;
        for (int i = 0; i < 10 && notice == null; i++) {
            sent.add(Events.send(Topics.INTAKE_CASE, caseId, EventTypes.CASE_TAKEN_IN,
                    "{\"caseId\":\"" + caseId + "\",\"applicantName\":\"李秀英\",\"actor\":{\"name\":\"张敏\",\"post\":\"window-clerk\"}}"));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            for (String line; notice == null && (line = received.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
                if (line.startsWith("data:") && line.contains(caseId)) {
                    notice = line;
                }
            }
        }
        if (lines.get() != null) {
            lines.get().close(); // lets go of the connection
        }
        assertThat(notice).as("a notice of the case on the live feed").isNotNull();
        var json = new ObjectMapper().readTree(notice.substring("data:".length()));
        assertThat(sent).contains(json.path("eventId").asText());
        assertThat(json.path("type").asText()).isEqualTo(EventTypes.CASE_TAKEN_IN);
        assertThat(notice).doesNotContain("李秀英").doesNotContain("张敏");
        assertThat(json.has("data")).isFalse();
        assertThat(json.has("actorName")).isFalse();

        given().when().get("/api/events/recent").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.type", equalTo(EventTypes.CASE_TAKEN_IN))
                .body("find { it.caseId == '" + caseId + "' }.data", nullValue())
                .body("find { it.caseId == '" + caseId + "' }.actorName", nullValue());
        // the timeline keeps the whole event for those who open the case
        given().when().get("/api/timeline/" + caseId).then().statusCode(200).body("[0].actorName", equalTo("张敏"));
    }

    /**
     * A department's reviewer opens its own cases' timelines and not another department's, which answers
     * exactly as a case that does not exist: a 403 told a department which case numbers are real.
     */
    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aDepartmentSeesItsOwnCasesTimelinesOnly() {
        String amr = newCaseId();
        String tax = newCaseId();
        String a = Events.send(Topics.ROUTING_CASE, amr, EventTypes.CASE_ROUTED,
                "{\"caseId\":\"" + amr + "\",\"departmentCode\":\"AMR\"}");
        String t = Events.send(Topics.ROUTING_CASE, tax, EventTypes.CASE_ROUTED,
                "{\"caseId\":\"" + tax + "\",\"departmentCode\":\"TAX\"}");
        assertThat(Sql.awaitCount("select count(*) from timeline_entry where event_id in ('" + a + "', '" + t + "')", 2)).isEqualTo(2);
        given().when().get("/api/timeline/" + amr).then().statusCode(200).body("type", hasItems(EventTypes.CASE_ROUTED));
        String otherDepartments = given().when().get("/api/timeline/" + tax).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found")).extract().asString();
        String unknown = newCaseId();
        String unknowns = given().when().get("/api/timeline/" + unknown).then().statusCode(404).extract().asString();
        assertThat(otherDepartments.replace(tax, "?")).isEqualTo(unknowns.replace(unknown, "?"));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aCaseWithoutAnyEventIsNotFoundForEveryPost() {
        given().when().get("/api/timeline/T-" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("not-found")).body("detailZh", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @TestSecurity(user = "x", roles = "nobody")
    void aUserWithoutAPostSeesNoTimeline() {
        given().when().get("/api/timeline/T-1").then().statusCode(403);
    }

    static String newCaseId() {
        return "T-" + UUID.randomUUID();
    }

    /** An SQL list of the ids: {@code ('a', 'b')}. */
    static String in(List<String> ids) {
        return "('" + String.join("', '", ids) + "')";
    }
}
