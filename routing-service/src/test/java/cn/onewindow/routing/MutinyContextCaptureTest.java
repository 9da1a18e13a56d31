package cn.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The platform's {@code MutinyContextCapture}: once a service has started, Mutiny hands its operators the callbacks as
 * they were written, not wrapped in a context capture (which cost 5–8 % of each service's CPU, docs/performance.md,
 * session 26). That the acts still find what they need on their Vert.x context — the session, the trace through the
 * outbox, the request's identity — is what every other component and system test shows.
 */
@QuarkusTest
class MutinyContextCaptureTest {

    @Test
    void mutinyCallbacksAreNotWrappedInAContextCapture() {
        Function<String, String> callback = String::trim;
        Runnable task = () -> { };

        assertThat(Infrastructure.decorate(callback)).isSameAs(callback);
        assertThat(Infrastructure.decorate(task)).isSameAs(task);
    }
}
