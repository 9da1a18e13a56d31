package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * docs/asyncapi.yaml against what the services really published. Runs after every other system test
 * (its own failsafe execution), reads every record on every {@code onewindow.*} topic that a service
 * published ({@code ce_source /onewindow/…}; hand-made test records and poison are not contracts) and
 * checks: the topic is a documented channel, its CloudEvents type is a message of that channel, the
 * required headers are there, and the value fits the message's payload schema (closed objects, so an
 * added, renamed or dropped field fails). A publisher changed without the document fails here.
 */
class EventContractIT {
    static final Path DOCUMENT = Suite.ROOT.resolve("docs/asyncapi.yaml");
    static final List<String> HEADERS = List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time");

    @Test
    void everyPublishedEventIsTheDocumentedOne() throws Exception {
        Contracts contracts = Contracts.read(DOCUMENT);
        Suite.start();
        List<String> topics = topics();
        List<String> violations = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (String topic : topics) {
            if (!contracts.channels.containsKey(topic)) {
                violations.add("topic " + topic + " is not documented");
                continue;
            }
            for (var r : TopicReader.records(topic)) {
                String source = TopicReader.header(r, "ce_source");
                if (source == null || !source.startsWith("/onewindow/")) {
                    continue;
                }
                String type = TopicReader.header(r, "ce_type");
                checked.merge(topic + " " + type, 1, Integer::sum);
                violations.addAll(contracts.check(topic, type, r));
            }
        }
        checked.forEach((k, n) -> System.out.printf("EVENT CONTRACT checked %6d × %s%n", n, k));
        System.out.printf("EVENT CONTRACT %d records of %d (topic, type) pairs checked against %s: %d violations%n",
                checked.values().stream().mapToInt(Integer::intValue).sum(), checked.size(), DOCUMENT.getFileName(),
                violations.size());
        assertThat(checked).as("the system tests published events").isNotEmpty();
        assertThat(violations.stream().distinct().limit(30).toList()).as("events that differ from docs/asyncapi.yaml").isEmpty();
    }

    @Test
    void aPublisherThatChangesAnEventWithoutTheDocumentFails() throws Exception {
        Contracts contracts = Contracts.read(DOCUMENT);
        String topic = Topics.ROUTING_CASE;
        var routed = TopicReader.records(topic).stream().filter(r -> EventTypes.CASE_ROUTED.equals(TopicReader.header(r, "ce_type"))
                && String.valueOf(TopicReader.header(r, "ce_source")).startsWith("/onewindow/")).findFirst().orElseThrow();
        assertThat(contracts.check(topic, EventTypes.CASE_ROUTED, routed)).isEmpty();

        ObjectNode renamed = (ObjectNode) new ObjectMapper().readTree(routed.value());
        renamed.set("department", renamed.remove("departmentCode"));
        assertThat(contracts.checkValue(topic, EventTypes.CASE_ROUTED, renamed.toString()))
                .anyMatch(v -> v.contains("department")).anyMatch(v -> v.contains("departmentCode"));
        assertThat(contracts.checkValue(topic, "cn.onewindow.case.routed-differently.v1", routed.value()))
                .anyMatch(v -> v.contains("not a documented message"));
    }

    /** The document's channels: topic → (CloudEvents type → payload schema). */
    record Contracts(Map<String, Map<String, JsonSchema>> channels) {
        static Contracts read(Path file) throws Exception {
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            assertThat(doc.path("asyncapi").asText()).startsWith("3.");
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            ObjectNode defs = (ObjectNode) doc.path("components").path("schemas");
            Map<String, Map<String, JsonSchema>> channels = new HashMap<>();
            doc.path("channels").forEach(channel -> {
                Map<String, JsonSchema> messages = new HashMap<>();
                channel.path("messages").forEach(ref -> {
                    JsonNode message = resolve(doc, ref.path("$ref").asText());
                    ObjectNode payload = message.path("payload").deepCopy();
                    rewriteRefs(payload);
                    payload.set("$defs", defs);
                    messages.put(message.path("name").asText(), factory.getSchema(payload));
                });
                channels.put(channel.path("address").asText(), messages);
            });
            return new Contracts(channels);
        }

        List<String> check(String topic, String type, ConsumerRecord<String, String> r) {
            List<String> v = new ArrayList<>();
            for (String h : HEADERS) {
                if (TopicReader.header(r, h) == null) {
                    v.add(topic + " " + type + ": header " + h + " missing");
                }
            }
            v.addAll(checkValue(topic, type, r.value()));
            return v;
        }

        List<String> checkValue(String topic, String type, String value) {
            JsonSchema schema = channels.getOrDefault(topic, Map.of()).get(type);
            if (schema == null) {
                return List.of(topic + ": " + type + " is not a documented message of this channel");
            }
            try {
                // a tombstone's value is null: it fits a message whose payload is documented as null
                return schema.validate(new ObjectMapper().readTree(value == null ? "null" : value)).stream()
                        .map(m -> topic + " " + type + ": " + m.getMessage()).toList();
            } catch (Exception ex) {
                return List.of(topic + " " + type + ": value is not JSON");
            }
        }

        private static JsonNode resolve(JsonNode doc, String ref) {
            JsonNode n = doc;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                n = n.path(part);
            }
            return n;
        }

        private static void rewriteRefs(JsonNode n) {
            if (n instanceof ObjectNode o) {
                if (o.has("$ref")) {
                    o.put("$ref", o.get("$ref").asText().replace("#/components/schemas/", "#/$defs/"));
                }
                o.forEach(EventContractIT.Contracts::rewriteRefs);
            } else if (n != null && n.isArray()) {
                n.forEach(EventContractIT.Contracts::rewriteRefs);
            }
        }
    }

    /** Every onewindow topic but the dead-letter ones (their records are other topics' records) and the catch-all. */
    private static List<String> topics() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Suite.KAFKA);
        try (Admin admin = Admin.create(p)) {
            return new TreeSet<>(admin.listTopics().names().get()).stream()
                    .filter(t -> t.startsWith("onewindow.") && !t.contains(".dlq.") && !t.equals(Topics.UNADDRESSED))
                    .toList();
        }
    }


}
