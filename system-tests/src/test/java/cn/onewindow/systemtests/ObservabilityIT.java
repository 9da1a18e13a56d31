package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * What an operator relies on (#8): one trace follows a case from the REST call through every Kafka hop
 * (the W3C traceparent on every record, through each service's outbox) and into the JSON logs with the
 * case id; every service is ready only with its database, broker and Keycloak in its readiness; every
 * metric the Grafana dashboard charts is exported by the services.
 */
class ObservabilityIT {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final Path DASHBOARD = Suite.ROOT.resolve("deploy/observability/grafana-dashboard.json");

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void oneTraceFollowsACaseFromTheRestCallThroughEveryKafkaHop() throws IOException {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        // not sampled (flag 00): the local run exports nothing, the ids must travel all the same
        String traceparent = "00-" + traceId + "-" + traceId.substring(0, 16) + "-00";
        String clerk = Http.token("clerk1");
        String base = Suite.gateway() + "/api/intake";
        var accepted = Http.post(base + "/cases", clerk, Map.of("itemCode", "AMR-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊追踪测试有限公司", "idNumber", "91350100M000100Y43"),
                "materials", Window.completeChecklist(base, clerk, "AMR-0001"), "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(base, clerk, "AMR-0001")),
                Map.of("traceparent", traceparent));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String caseId = Window.caseId(accepted);
        Http.await(Suite.gateway() + "/api/approval/department/cases/" + caseId, Http.token("reviewer.amr"),
                r -> r.status() == 200, WAIT);

        // intake (REST) → routing (consumer of intake's event) → approval (consumer of routing's event)
        List<String> hops = List.of(Topics.INTAKE_CASE, Topics.ROUTING_CASE, Topics.APPROVAL_CASE);
        // the three acts this call set off; a deadline monitor's later warning is an act (and trace) of its own
        Set<String> followOn = Set.of(EventTypes.CASE_TAKEN_IN, EventTypes.CASE_ROUTED,
                EventTypes.CASE_QUEUED);
        List<String> seenTypes = new ArrayList<>();
        for (String topic : hops) {
            List<ConsumerRecord<String, String>> ofCase = awaitRecords(topic, caseId);
            for (var r : ofCase) {
                if (!followOn.contains(TopicReader.header(r, "ce_type"))) {
                    continue;
                }
                var headers = StreamSupport.stream(r.headers().headers("traceparent").spliterator(), false).toList();
                assertThat(headers).as("one traceparent on %s %s", topic, TopicReader.header(r, "ce_type")).hasSize(1);
                assertThat(TopicReader.header(r, "traceparent")).as("trace of %s", TopicReader.header(r, "ce_type"))
                        .startsWith("00-" + traceId + "-");
                seenTypes.add(TopicReader.header(r, "ce_type"));
            }
        }
        assertThat(seenTypes).containsExactlyInAnyOrderElementsOf(followOn);

        // each service's log line for the transition is JSON with the case id and the same trace id
        Map<String, String> lineOf = Map.of("intake-service", EventTypes.CASE_TAKEN_IN,
                "routing-service", EventTypes.CASE_ROUTED, "approval-service", EventTypes.CASE_QUEUED);
        for (var e : lineOf.entrySet()) {
            JsonNode line = logLines(e.getKey()).stream()
                    .filter(l -> caseId.equals(l.path("mdc").path("caseId").asText()))
                    .filter(l -> l.path("message").asText().contains(e.getValue()))
                    .findFirst().orElseThrow(() -> new AssertionError("no log line of " + e.getValue() + " for " + caseId));
            assertThat(line.path("mdc").path("traceId").asText()).as(e.getKey()).isEqualTo(traceId);
            assertThat(line.path("service").asText()).isEqualTo(e.getKey());
        }
    }

    @Test
    void everyServiceIsReadyOnlyWithItsDatabaseBrokerAndKeycloak() {
        for (var service : Suite.PORTS.keySet()) {
            var ready = Http.get(Suite.service(service) + "/q/health/ready", null);
            assertThat(ready.status()).as(service + " " + ready.body()).isEqualTo(200);
            Set<String> checks = new HashSet<>();
            ready.json().get("checks").forEach(c -> {
                checks.add(c.get("name").asText());
                assertThat(c.get("status").asText()).as(service + " " + c).isEqualTo("UP");
            });
            assertThat(checks).as(service).contains("Reactive PostgreSQL connections health check",
                    "Kafka connection health check", "Keycloak (OIDC provider)",
                    "SmallRye Reactive Messaging - readiness check");
        }
    }

    @Test
    void everyMetricTheDashboardChartsIsExported() throws IOException {
        // a case gives every counter and gauge something to count
        var accepted = Window.takeIn(Suite.gateway() + "/api/intake", Http.token("clerk1"), "AMR-0001", "ORGANISATION",
                "廊坊指标测试有限公司", "91350100M000100Y43");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        Set<String> charted = dashboardMetrics();
        assertThat(charted).contains("onewindow_cases", "onewindow_events_published_total", "onewindow_outbox_backlog",
                "kafka_consumer_fetch_manager_records_lag_max", "http_server_requests_seconds_bucket");
        long end = System.nanoTime() + WAIT.toNanos();
        Set<String> missing = charted;
        while (!missing.isEmpty() && System.nanoTime() < end) {
            Set<String> exported = new HashSet<>();
            Suite.PORTS.keySet().forEach(s -> exported.addAll(metricNames(metrics(s))));
            missing = new HashSet<>(charted);
            missing.removeAll(exported);
            if (!missing.isEmpty()) {
                Http.sleep(1000); // the database gauges refresh every 10 s
            }
        }
        assertThat(missing).as("charted on the dashboard but exported by no service").isEmpty();
        // the case reaches approval's queue a moment later, and its gauge counts it at the next refresh
        String approval = metrics("approval-service");
        while (!approval.contains("onewindow_cases{state=\"QUEUED\"") && System.nanoTime() < end + WAIT.toNanos()) {
            Http.sleep(1000);
            approval = metrics("approval-service");
        }
        assertThat(approval).contains("onewindow_cases{state=\"QUEUED\"");
    }

    /** The metric names in the dashboard's PromQL expressions (function and label names left out). */
    static Set<String> dashboardMetrics() throws IOException {
        JsonNode dash = Http.JSON.readTree(DASHBOARD.toFile());
        Pattern name = Pattern.compile("\\b(onewindow_[a-z_]+|http_server_[a-z_]+|kafka_[a-z_]+|jvm_[a-z_]+|process_[a-z_]+)\\b");
        Set<String> out = new HashSet<>();
        dash.get("panels").forEach(p -> p.get("targets").forEach(t -> {
            Matcher m = name.matcher(t.get("expr").asText());
            while (m.find()) {
                out.add(m.group(1));
            }
        }));
        return out;
    }

    /** A service's /q/metrics in the Prometheus text format (what a scraper asks for). */
    static String metrics(String service) {
        var reply = Http.get(Suite.service(service) + "/q/metrics", null, "text/plain");
        assertThat(reply.status()).as(service).isEqualTo(200);
        return reply.body();
    }

    static Set<String> metricNames(String exposition) {
        Set<String> names = new HashSet<>();
        exposition.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        return names;
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String topic, String caseId) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            var ofCase = TopicReader.records(topic).stream().filter(r -> caseId.equals(r.key())).toList();
            if (!ofCase.isEmpty()) {
                return ofCase;
            }
            Http.sleep(300);
        }
        throw new AssertionError("no record of " + caseId + " on " + topic);
    }

    static List<JsonNode> logLines(String service) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(Suite.home().resolve("logs").resolve(service + ".log"))) {
            if (l.startsWith("{")) {
                out.add(Http.JSON.readTree(l));
            }
        }
        return out;
    }
}
