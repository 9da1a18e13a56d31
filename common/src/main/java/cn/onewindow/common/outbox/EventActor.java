package cn.onewindow.common.outbox;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.common.events.Actor;

/**
 * The actor an event's JSON carries under {@code "actor"}, for its trail entry — read from the event's data itself
 * where the data is one of the shapes the services publish (a record with an {@link Actor} component named
 * {@code actor}, a map with an {@link Actor} under {@code "actor"}), so the payload is written once and no tree of it is
 * built only to read six fields (docs/performance.md, session 16). Any other shape is read as its JSON tree, as before.
 */
final class EventActor {
    /** How to find the actor in an instance of one type; null where only its JSON tree can tell. */
    private interface Reader {
        Actor actor(Object data) throws ReflectiveOperationException;
    }

    private static final Reader NONE = data -> null;

    private static final ClassValue<Optional<Reader>> READERS = new ClassValue<>() {
        @Override
        protected Optional<Reader> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("actor")) {
                    if (c.getType() != Actor.class) {
                        return Optional.empty();
                    }
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    return Optional.of(data -> (Actor) accessor.invoke(data));
                }
            }
            // a record's JSON has its components: with none named actor, the event names no actor
            return Optional.of(NONE);
        }
    };

    private EventActor() {
    }

    /** The actor, or null when the event names none. */
    static Actor of(Object data, ObjectMapper json) {
        if (data instanceof Map<?, ?> map && (!map.containsKey("actor") || map.get("actor") instanceof Actor)) {
            return (Actor) map.get("actor");
        }
        Optional<Reader> reader = data == null ? Optional.of(NONE) : READERS.get(data.getClass());
        if (reader.isPresent()) {
            try {
                return reader.get().actor(data);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the actor of " + data.getClass().getName(), e);
            }
        }
        return fromTree(json.valueToTree(data));
    }

    private static Actor fromTree(JsonNode data) {
        JsonNode actor = data == null ? null : data.path("actor");
        if (actor == null || !actor.isObject()) {
            return null;
        }
        return new Actor(text(actor, "userId"), text(actor, "username"), text(actor, "name"), text(actor, "post"),
                text(actor, "department"), text(actor, "delegation"), text(actor, "catalogueVersion"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
