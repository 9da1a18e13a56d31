package cn.onewindow.contracts.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An instance of every event record, its components filled with plain values: the records' instance methods
 * (topic, type, key) can only be asked of an instance, and the JSON a record writes is what the tests compare.
 */
final class Samples {
    private Samples() {
    }

    /** Every record type that implements {@link Event}, found through the sealed hierarchy (so none can be missed). */
    static List<Class<?>> eventRecords() {
        List<Class<?>> out = new ArrayList<>();
        collect(Event.class, out);
        return out;
    }

    private static void collect(Class<?> type, List<Class<?>> out) {
        if (type.isRecord()) {
            out.add(type);
            return;
        }
        for (Class<?> sub : type.getPermittedSubclasses()) {
            collect(sub, out);
        }
    }

    static Event of(Class<?> record) {
        return (Event) instance(record);
    }

    private static Object instance(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + record.getSimpleName(), e);
        }
    }

    private static Object value(Class<?> type, Type generic) {
        if (type == String.class || type == Object.class) {
            return "x";
        }
        if (type == int.class || type == Integer.class) {
            return 2;
        }
        if (type == long.class || type == Long.class) {
            return 2L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-12-01T09:30:00.123456Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.parse("2026-12-01");
        }
        if (type == java.time.LocalTime.class) {
            return java.time.LocalTime.of(9, 0);
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> raw = element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
            return List.of(value(raw, element));
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return instance(type);
        }
        throw new IllegalStateException("no sample value for " + type);
    }
}
