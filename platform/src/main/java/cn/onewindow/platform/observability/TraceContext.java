package cn.onewindow.platform.observability;

import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;

/**
 * Carries a case's trace across the outbox. An event is written in one transaction and sent later by
 * the relay, outside any request: the W3C {@code traceparent} of the act that wrote it is kept on the
 * outbox row and becomes the parent of the relay's producer span, so one trace follows a case from the
 * REST call through every Kafka hop. A consumer's act continues the trace of the record it handles.
 */
public final class TraceContext {
    /** The W3C header (and Vert.x context local) that carries the trace between services. */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    /**
     * The traceparent of the act running now: the current span if there is one (a REST call, a traced
     * consumer), else the one an incoming record brought into this Vert.x context; null outside any trace.
     */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return format(span);
        }
        if (VertxContext.isOnDuplicatedContext()) {
            return ContextLocals.<String>get(TRACEPARENT).orElse(null);
        }
        return null;
    }

    /** Remembers an incoming record's traceparent for the events this act writes (see {@link #current()}). */
    public static void continueFrom(String traceparent) {
        if (traceparent != null && VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(TRACEPARENT, traceparent);
        }
    }

    /**
     * Forgets the traceparent an earlier record left in this Vert.x context: the records of one poll share a
     * context, and a record without a trace must not write its events under the one before it.
     */
    public static void forget() {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.remove(TRACEPARENT);
        }
    }

    /** The OpenTelemetry context a stored traceparent stands for (root when it is absent or unreadable). */
    public static Context parse(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP);
    }

    static String format(SpanContext span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
