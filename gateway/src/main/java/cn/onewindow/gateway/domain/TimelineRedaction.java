package cn.onewindow.gateway.domain;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an event may not show in a timeline, which every staff post can read: the applicant's rating
 * link carries the tokens that rate the case, and a clerk who could read them could rate their own work
 * (#20, item 6). The fields are removed before the entry is stored, so no later view can leak them.
 */
public final class TimelineRedaction {
    /** Secrets by field name, at any depth of an event's data. */
    static final Set<String> SECRET_FIELDS = Set.of("link", "token", "tokens");

    private TimelineRedaction() {
    }

    /** A copy of {@code data} without the secret fields; the event itself is left as it is. */
    public static JsonNode redacted(JsonNode data) {
        JsonNode copy = data.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(SECRET_FIELDS);
        }
        node.forEach(TimelineRedaction::strip);
    }
}
