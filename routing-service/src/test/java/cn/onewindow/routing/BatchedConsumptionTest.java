package cn.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Events.Outgoing;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The inbox applies what one poll brought in one transaction (the platform's {@code Inbox.batch}), in the order it
 * came; a poison record among them goes to the dead-letter topic alone and its batch-mates are applied, still
 * in order. The events are sent to one partition in one producer request, so routing receives them in one poll.
 */
@QuarkusTest
class BatchedConsumptionTest {
    static final String ACCEPTED = EventTypes.CASE_TAKEN_IN;

    /** Routing has consumed what earlier modules' tests left on the topic: a poll's boundary cannot split these records. */
    @org.junit.jupiter.api.BeforeEach
    void routingHasCaughtUp() {
        Events.awaitCaughtUp("routing-service", Topics.INTAKE_CASE);
    }

    @Test
    void aPollsEventsAreAppliedInOneTransactionInTheirOrder() {
        List<String> cases = cases(4);
        List<String> ids = Events.sendTogether(Topics.INTAKE_CASE, 0,
                cases.stream().map(c -> new Outgoing(c, ACCEPTED, accepted(c))).toList());

        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id in " + in(cases), 4)).isEqualTo(4);
        // rows written by one transaction carry its id (xmin): one claim transaction for the four events
        assertThat(Sql.count("select count(distinct xmin::text) from processed_event where consumer = 'routing-service'"
                + " and event_id in " + in(ids))).as("transactions that claimed the poll's events").isEqualTo(1);
        assertThat(routedInOrder(cases)).containsExactlyElementsOf(cases);
    }

    @Test
    void poisonRecordsInsideABatchGoAloneToTheDeadLetterTopicAndTheOthersAreAppliedInOrder() {
        List<String> cases = cases(4);
        String poison = "poison-" + UUID.randomUUID();
        List<Outgoing> events = new ArrayList<>();
        events.add(new Outgoing(cases.get(0), ACCEPTED, accepted(cases.get(0))));
        events.add(new Outgoing(cases.get(1), ACCEPTED, accepted(cases.get(1))));
        events.add(new Outgoing(poison, ACCEPTED, "[1,2,3]"));
        events.add(new Outgoing(cases.get(2), ACCEPTED, accepted(cases.get(2))));
        // a record that is not even JSON fails the batch before anything is claimed
        String unreadable = "unreadable-" + UUID.randomUUID();
        events.add(new Outgoing(unreadable, ACCEPTED, "{not json"));
        events.add(new Outgoing(cases.get(3), ACCEPTED, accepted(cases.get(3))));
        Events.sendTogether(Topics.INTAKE_CASE, 0, events);

        assertThat(Events.arrives(Topics.deadLetters("routing"), poison)).isTrue();
        assertThat(Events.arrives(Topics.deadLetters("routing"), unreadable)).isTrue();
        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id in " + in(cases), 4)).isEqualTo(4);
        assertThat(routedInOrder(cases)).containsExactlyElementsOf(cases);
        // each good record routed once, and only the poison was claimed by no one
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id in " + in(cases))).isEqualTo(4);
    }

    @Test
    void anEventTwiceInOnePollAndOneAppliedBeforeAreEachAppliedOnce() {
        List<String> cases = cases(3);
        // the first case's event is applied alone first; then one poll brings it again, the second case's event twice
        // and the third's once: the poll's ids are claimed together, and each event is routed once
        String before = Events.send(Topics.INTAKE_CASE, cases.get(0), ACCEPTED, accepted(cases.get(0)));
        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id = '" + cases.get(0) + "'", 1)).isEqualTo(1);
        String twice = UUID.randomUUID().toString();
        List<String> ids = Events.sendTogether(Topics.INTAKE_CASE, 0, List.of(
                new Outgoing(cases.get(0), ACCEPTED, accepted(cases.get(0)), null, before),
                new Outgoing(cases.get(1), ACCEPTED, accepted(cases.get(1)), null, twice),
                new Outgoing(cases.get(1), ACCEPTED, accepted(cases.get(1)), null, twice),
                new Outgoing(cases.get(2), ACCEPTED, accepted(cases.get(2)))));

        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id in " + in(cases), 3)).isEqualTo(3);
        // the poll is over once its last record is applied: by then a second routing of any case would be written too
        assertThat(Sql.awaitCount("select count(*) from processed_event where consumer = 'routing-service' and event_id = '"
                + ids.get(3) + "'", 1)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id in " + in(cases))).as("routed events").isEqualTo(3);
        assertThat(Sql.count("select count(*) from processed_event where consumer = 'routing-service' and event_id in "
                + in(List.of(before, twice, ids.get(3))))).isEqualTo(3);
    }

    @Test
    void eachEventOfAPollContinuesItsOwnTrace() {
        List<String> cases = cases(3);
        List<String> traces = new ArrayList<>();
        List<Outgoing> events = new ArrayList<>();
        for (String c : cases) {
            String trace = UUID.randomUUID().toString().replace("-", "");
            traces.add(trace);
            events.add(new Outgoing(c, ACCEPTED, accepted(c), "00-" + trace + "-" + trace.substring(0, 16) + "-01"));
        }
        Events.sendTogether(Topics.INTAKE_CASE, 0, events);

        assertThat(Sql.awaitCount("select count(*) from routing_assignment where case_id in " + in(cases), 3)).isEqualTo(3);
        for (int i = 0; i < cases.size(); i++) {
            // the routed event written for each case carries that case's trace, not the poll's last one
            assertThat(Sql.text("select traceparent from outbox_event where aggregate_id = '" + cases.get(i) + "'"))
                    .as("trace of the event routing wrote for %s", cases.get(i))
                    .startsWith("00-" + traces.get(i) + "-");
        }
    }

    private static List<String> cases(int n) {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add("B-" + UUID.randomUUID());
        }
        return cases;
    }

    /** The cases in the order routing wrote their routed events. */
    private static List<String> routedInOrder(List<String> cases) {
        String joined = Sql.text("select string_agg(aggregate_id, ',' order by seq) from outbox_event where aggregate_id in " + in(cases));
        return List.of(joined.split(","));
    }

    private static String accepted(String caseId) {
        return IntakeEventRoutingTest.ACCEPTED.formatted(caseId, "ZZZ-0001", 1, "TAX");
    }

    private static String in(List<String> values) {
        return "('" + String.join("','", values) + "')";
    }
}
