package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * One case through all five services and the gateway, on the real servers: a window clerk takes a
 * file in, the department approves it, the issuance clerk hands it out, the applicant rates it with the
 * link their notice brought.
 * Asserts each service's final state in its own database, the ordered events on every topic, and
 * the gateway's timeline.
 */
class ThinFlowIT {
    static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void aCaseGoesFromTheWindowToARating() {
        String gw = Suite.gateway();
        var accepted = Window.takeIn(gw + "/api/intake", Http.token("clerk1"), "AMR-0001", "ORGANISATION",
                "廊坊临空餐饮管理有限公司", "91350100M000100Y43");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("outcome").asText()).isEqualTo("ACCEPTED_ON_SPOT");
        assertThat(accepted.json().get("document").asText()).isEqualTo("ACCEPTANCE_NOTICE");
        String caseId = Window.caseId(accepted);
        assertThat(caseId).matches("DX-\\d{8}-\\d{6}");

        String reviewer = Http.token("reviewer.amr");
        Http.await(gw + "/api/approval/department/cases/" + caseId, reviewer, r -> r.status() == 200, WAIT);
        var decided = Http.post(gw + "/api/approval/department/cases/" + caseId + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        String issuer = Http.token("issuer1");
        Http.await(gw + "/api/issuance/issuance/" + caseId, issuer, r -> r.status() == 200, WAIT);
        // the department hands the licence to the unified issuance window
        var arrived = Http.post(gw + "/api/issuance/issuance/" + caseId + "/arrival", reviewer, Map.of());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        // its electronic certificate verifies for anyone, without a login
        JsonNode cert = Http.get(gw + "/api/issuance/issuance/" + caseId + "/certificate", issuer).json();
        var verified = Http.post(gw + "/api/issuance/public/certificates/verification", null,
                Map.of("payload", cert.get("payload").asText(), "signature", cert.get("signature").asText()));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("valid").asBoolean()).isTrue();
        var picked = Http.post(gw + "/api/issuance/issuance/" + caseId + "/pickup", issuer,
                Map.of("receivedBy", "赵经理", "identityChecked", true, "signature", "data:image/png;base64,AAAA"));
        assertThat(picked.status()).as(picked.body()).isEqualTo(200);

        // the applicant rates with the token from the rating link their notice brought (staff never see it)
        Map<String, String> tokens = RatingLink.tokens(caseId, WAIT);
        var rated = Http.post(gw + "/api/evaluation/ratings", null, Map.of("caseId", caseId, "stage", "FRONT_DESK",
                "level", 5, "token", tokens.get("FRONT_DESK")));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);

        // the gateway's timeline: all nine events, in order, with who acted (the approval is also an e-certificate)
        JsonNode timeline = Http.await(gw + "/api/timeline/" + caseId, Http.token("supervisor1"),
                r -> r.status() == 200 && r.json().size() == 9, WAIT).json();
        assertThat(types(timeline)).containsExactly(EventTypes.CASE_TAKEN_IN, EventTypes.CASE_ROUTED,
                EventTypes.CASE_QUEUED, EventTypes.CASE_DECIDED, EventTypes.CERTIFICATE_ISSUED, EventTypes.RESULT_READY,
                EventTypes.RESULT_DELIVERED, EventTypes.RATING_INVITED,
                EventTypes.RATING_RECORDED);
        assertThat(timeline.get(0).get("actorName").asText()).isEqualTo("张敏");
        assertThat(timeline.get(3).get("actorName").asText()).isEqualTo("李静");
        assertThat(timeline.get(6).get("actorName").asText()).isEqualTo("吴娜");

        // each service's own state
        var intake = Db.one("intake", "select status, first_handler_name, catalogue_version, department_code, "
                + "delegation_id is not null as under_delegation from intake_case where case_id = ?", caseId);
        assertThat(intake).containsEntry("status", "ACCEPTED").containsEntry("first_handler_name", "张敏")
                .containsEntry("catalogue_version", 1).containsEntry("department_code", "AMR")
                .containsEntry("under_delegation", true);
        assertThat(Db.one("routing", "select department_code, queue from routing_assignment where case_id = ?", caseId))
                .containsEntry("department_code", "AMR").containsEntry("queue", "AMR/back-office");
        assertThat(Db.one("approval", "select status, decided_by_name, result_title from approval_case where case_id = ?", caseId))
                .containsEntry("status", "APPROVED").containsEntry("decided_by_name", "李静").containsEntry("result_title", "营业执照");
        assertThat(Db.one("issuance", "select status, received_by, handed_by_name from issuance_record where case_id = ?", caseId))
                .containsEntry("status", "DELIVERED").containsEntry("received_by", "赵经理").containsEntry("handed_by_name", "吴娜");
        assertThat(Db.one("evaluation", "select stage, level, channel from rating where case_id = ?", caseId))
                .containsEntry("stage", "FRONT_DESK").containsEntry("level", 5).containsEntry("channel", "SMS");
        for (String db : List.of("intake", "routing", "approval", "issuance", "evaluation")) {
            // the relay marks a row sent once the broker acknowledged it: the timeline may have the event a moment before
            assertThat(Db.awaitCount(0, db, "select count(*) from outbox_event where aggregate_id = ? and published_at is null", caseId))
                    .as("unrelayed outbox rows in " + db).isZero();
        }

        // the ordered events on the topics, keyed by the case number
        assertThat(typesOn(Topics.INTAKE_CASE, caseId)).containsExactly(EventTypes.CASE_TAKEN_IN);
        assertThat(typesOn(Topics.ROUTING_CASE, caseId)).containsExactly(EventTypes.CASE_ROUTED);
        assertThat(typesOn(Topics.APPROVAL_CASE, caseId)).containsExactly(EventTypes.CASE_QUEUED, EventTypes.CASE_DECIDED);
        assertThat(typesOn(Topics.ISSUANCE_CASE, caseId)).containsExactly(EventTypes.CERTIFICATE_ISSUED, EventTypes.RESULT_READY,
                EventTypes.RESULT_DELIVERED);
        assertThat(typesOn(Topics.EVALUATION_CASE, caseId)).containsExactly(EventTypes.RATING_INVITED,
                EventTypes.RATING_RECORDED);
        // no ID-card number or credit code leaves intake
        for (String topic : Topics.CASE_TOPICS) {
            assertThat(TopicReader.readAll(topic)).noneMatch(e -> e.value().contains("91350100M000100Y43"));
        }

        // a second rating of the same stage is refused
        var again = Http.post(gw + "/api/evaluation/ratings", null, Map.of("caseId", caseId, "stage", "FRONT_DESK",
                "level", 1, "reason", "再评一次", "token", tokens.get("FRONT_DESK")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("already-rated");
    }

    static List<String> types(JsonNode timeline) {
        return java.util.stream.StreamSupport.stream(timeline.spliterator(), false).map(e -> e.get("type").asText()).toList();
    }

    static List<String> typesOn(String topic, String caseId) {
        // not the component tests' markers (cn.onewindow.test.marker.v1, no subject), which the shared broker keeps: an
        // item's FAQ key (faq-AMR-0001) is no test's own, as a case number is
        return TopicReader.readAll(topic).stream().filter(e -> caseId.equals(e.key()))
                .filter(e -> e.type() == null || !e.type().startsWith("cn.onewindow.test."))
                .peek(e -> assertThat(e.subject()).isEqualTo(caseId))
                .sorted(java.util.Comparator.comparingLong(TopicReader.Event::offset))
                .map(TopicReader.Event::type).distinct().toList();
    }

    /**
     * The event types on a topic for a key, once the outbox relay has sent the first of them (a service commits its
     * state with the event's outbox row; the relay sends the event a moment later).
     */
    static List<String> awaitTypesOn(String topic, String key) {
        return awaitTypesOn(topic, key, List.of());
    }

    /**
     * The event types on a topic for a key, once every one of {@code expected} is among them (or after a minute): for an
     * event whose state the test has seen committed while earlier events of the key are already on the topic.
     */
    static List<String> awaitTypesOn(String topic, String key, List<String> expected) {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        List<String> types = typesOn(topic, key);
        while ((types.isEmpty() || !types.containsAll(expected)) && System.nanoTime() < end) {
            Http.sleep(500);
            types = typesOn(topic, key);
        }
        return types;
    }
}
