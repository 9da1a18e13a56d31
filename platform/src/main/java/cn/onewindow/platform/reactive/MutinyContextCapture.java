package cn.onewindow.platform.reactive;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Takes MicroProfile Context Propagation out of Mutiny's callbacks, unless {@link ReactiveSettings#captureContext()}.
 *
 * <p>{@code mutiny-smallrye-context-propagation} (on the classpath with Quarkus's context propagation) registers a
 * callback decorator that, for every Mutiny operator built, captures the current contexts and restores them around each
 * callback. With OpenTelemetry's and the JTA provider on the classpath it takes SmallRye's slow path: a profile of the
 * full journey put its own time at 4.7–7.8 % of each service's CPU samples (docs/performance.md, sessions 25 and 26).
 *
 * <p>Nothing here needs it. Every act runs on a Vert.x duplicated context, which already carries what a callback reads:
 * the Hibernate Reactive session, the CDI request context, the OpenTelemetry span and the logging MDC are kept as its
 * locals, and the database and Kafka clients call back on that context. The few hops to a worker thread (PDF rendering,
 * the Keycloak admin client) compute a value from their arguments and read no context. The trace that follows a case
 * through the outbox is a column ({@code TraceContext}), not a captured context.
 *
 * <p>Done before anything else observes the start ({@code PLATFORM_BEFORE}): the messaging pipelines SmallRye builds
 * at start are then built undecorated too. Mutiny has no interceptors besides this decorator here, so clearing them all
 * clears exactly it.
 */
@ApplicationScoped
public class MutinyContextCapture {
    private static final Logger LOG = Logger.getLogger(MutinyContextCapture.class);

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent ev, ReactiveSettings settings) {
        if (!settings.captureContext()) {
            Infrastructure.clearInterceptors();
            LOG.debug("Mutiny callbacks no longer capture and restore MicroProfile contexts");
        }
    }
}
