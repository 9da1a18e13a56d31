package cn.onewindow.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.onewindow.contracts.Topics;

/**
 * The event records against {@code docs/asyncapi.yaml}: every record is a message of its topic's channel in the document
 * and every message of the document is a record (#21), with the same fields. The document's schemas are in turn
 * checked against the traffic the services really publish (system-tests EventContractIT), so the records, the
 * document and the wire are one thing.
 */
class EventCatalogueTest {
    static final Path DOCUMENT = Path.of("../docs/asyncapi.yaml");
    /** As the services write events: an instant as ISO-8601 text. */
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** (topic, type) → the payload's documented field names. */
    static Map<String, Set<String>> documented() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DOCUMENT));
        Map<String, Set<String>> out = new TreeMap<>();
        for (Iterator<JsonNode> channels = doc.path("channels").elements(); channels.hasNext(); ) {
            JsonNode channel = channels.next();
            String topic = channel.path("address").asText();
            if (topic.contains("{")) {
                continue; // the dead-letter topics carry copies of other topics' records
            }
            for (Iterator<JsonNode> refs = channel.path("messages").elements(); refs.hasNext(); ) {
                String ref = refs.next().path("$ref").asText();
                JsonNode message = doc.at(ref.substring(1));
                Set<String> fields = new TreeSet<>();
                message.path("payload").path("properties").fieldNames().forEachRemaining(fields::add);
                out.put(topic + " " + message.path("name").asText(), fields);
            }
        }
        return out;
    }

    @Test
    void everyRecordIsADocumentedMessageAndEveryMessageARecord() throws IOException {
        Map<String, Set<String>> recorded = new TreeMap<>();
        for (Class<?> type : Samples.eventRecords()) {
            Event e = Samples.of(type);
            // several records may share one message (a case's escalation by a complaint or by a work order): their
            // fields together are the message's
            // fields together are the message's; a tombstone travels without a value (its one component is the key)
            Set<String> fields = recorded.computeIfAbsent(e.topic() + " " + e.eventType(), k -> new TreeSet<>());
            if (!e.tombstone()) {
                fields.addAll(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
            }
        }
        Map<String, Set<String>> documented = documented();
        assertThat(recorded.keySet()).as("(topic, type) of the event records").isEqualTo(documented.keySet());
        var differences = recorded.keySet().stream().filter(k -> !recorded.get(k).equals(documented.get(k)))
                .map(k -> k + ": the records have " + recorded.get(k) + ", the document " + documented.get(k)).toList();
        assertThat(differences).as("messages whose fields differ").isEmpty();
    }

    @Test
    void aRecordWritesItsComponentsAndNothingElse() throws IOException {
        for (Class<?> type : Samples.eventRecords()) {
            Event e = Samples.of(type);
            JsonNode written = JSON.valueToTree(e);
            Set<String> fields = new TreeSet<>();
            written.fieldNames().forEachRemaining(fields::add);
            Set<String> components = new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
            assertThat(fields).as(type.getSimpleName() + " written as JSON").isEqualTo(components);
            // and a consumer reads back what was written
            assertThat(JSON.treeToValue(written, type)).as(type.getSimpleName() + " read back").isEqualTo(e);
        }
    }

    @Test
    void everyTopicAnEventGoesToIsDeclaredAndEveryDeclaredTopicCarriesEvents() {
        Map<String, Integer> perTopic = new HashMap<>();
        for (Class<?> type : Samples.eventRecords()) {
            perTopic.merge(Samples.of(type).topic(), 1, Integer::sum);
        }
        assertThat(perTopic.keySet()).containsExactlyInAnyOrderElementsOf(Topics.events());
    }

    @Test
    void aCaseEventIsKeyedByItsCaseAndTheOthersByTheirAggregate() {
        for (Class<?> type : Samples.eventRecords()) {
            Event e = Samples.of(type);
            assertThat(e.key()).as(type.getSimpleName() + " key").isNotBlank();
            if (e instanceof CaseEvent c) {
                assertThat(c.key()).isEqualTo(c.caseId());
                assertThat(c.aggregateType()).isEqualTo("case");
            }
        }
        assertThat(new SupervisionEscalated(null, "SUPERVISION_OVERDUE", 7, "", null, null).key()).isEqualTo("complaint-7");
        assertThat(new SupervisionEscalated("AMR-1", "SUPERVISION_OVERDUE", 7, "", null, null).key()).isEqualTo("AMR-1");
    }

    @Test
    void onlyTheActsOnCasesAndReferenceDataAreTrailed() {
        Set<String> untrailed = new TreeSet<>();
        for (Class<?> type : Samples.eventRecords()) {
            if (!Samples.of(type).trailed()) {
                untrailed.add(type.getSimpleName());
            }
        }
        // tickets are not acts on a case; the contact holds phone numbers the trail must not copy
        assertThat(untrailed).containsExactly("ContactErased", "ContactRecorded", "TicketCalled", "TicketIssued");
    }

    @Test
    void anEventsActorIsItsActorComponent() throws Exception {
        for (Class<?> type : Samples.eventRecords()) {
            Event e = Samples.of(type);
            var actor = Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals("actor")).findFirst();
            if (actor.isPresent()) {
                assertThat(e.actor()).as(type.getSimpleName()).isSameAs(actor.get().getAccessor().invoke(e));
            }
        }
        var published = (ItemVersionPublished) Samples.of(ItemVersionPublished.class);
        assertThat(published.actor()).isSameAs(published.announcedBy());
    }
}
