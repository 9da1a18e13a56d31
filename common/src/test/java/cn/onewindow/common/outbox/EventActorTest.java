package cn.onewindow.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.common.events.Actor;

/**
 * The trail's actor read from an event's data is the one its JSON carries under "actor" — for every shape of data, the
 * quick reads (records, maps) and the tree the rest falls back to give what the JSON says.
 */
class EventActorTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Actor CLERK = new Actor("u-1", "clerk1", "王芳", "WINDOW_CLERK", null, "d-7", "AMR-0001@v3");

    record WithActor(String caseId, Actor actor) {
    }

    record WithoutActor(String caseId, int version) {
    }

    record WithActorOfAnotherType(String caseId, Map<String, String> actor) {
    }

    public static final class Bean {
        public String caseId = "DX-1";
        public Actor actor = CLERK;
    }

    @Test
    void everyShapeGivesWhatItsJsonCarries() {
        var mapWithMapActor = new HashMap<String, Object>();
        mapWithMapActor.put("actor", Map.of("userId", "u-9", "name", "李四", "post", "MID_DESK"));
        var mapWithNullActor = new HashMap<String, Object>();
        mapWithNullActor.put("actor", null);
        List<Object> shapes = List.of(new WithActor("DX-1", CLERK), new WithActor("DX-2", null), new WithoutActor("DX-3", 2),
                new WithActorOfAnotherType("DX-4", Map.of("userId", "u-8", "name", "张三")), Map.of("caseId", "DX-5", "actor", CLERK),
                Map.of("caseId", "DX-6"), mapWithMapActor, mapWithNullActor, new Bean(), JSON.valueToTree(new WithActor("DX-7", CLERK)),
                "a plain text", List.of(CLERK));
        for (Object data : shapes) {
            assertThat(fields(EventActor.of(data, JSON))).as(String.valueOf(data)).isEqualTo(fromJson(data));
        }
        assertThat(fields(EventActor.of(new WithActor("DX-1", CLERK), JSON)))
                .containsExactly("u-1", "王芳", "WINDOW_CLERK", null, "d-7", "AMR-0001@v3");
        assertThat(fields(EventActor.of(mapWithMapActor, JSON))).containsExactly("u-9", "李四", "MID_DESK", null, null, null);
    }

    /** The six fields the trail keeps, as the JSON of the data holds them. */
    private static List<String> fromJson(Object data) {
        JsonNode actor = JSON.valueToTree(data).path("actor");
        return Arrays.asList(text(actor, "userId"), text(actor, "name"), text(actor, "post"), text(actor, "department"),
                text(actor, "delegation"), text(actor, "catalogueVersion"));
    }

    private static List<String> fields(Actor a) {
        return a == null ? Arrays.asList(null, null, null, null, null, null)
                : Arrays.asList(a.userId(), a.name(), a.post(), a.department(), a.delegation(), a.catalogueVersion());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
