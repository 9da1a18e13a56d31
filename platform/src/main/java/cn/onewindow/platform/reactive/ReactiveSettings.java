package cn.onewindow.platform.reactive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How this service's reactive pipelines run ({@code onewindow.reactive.*}). Every property under the prefix must be
 * one of these: an unknown {@code onewindow.reactive.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.reactive")
public interface ReactiveSettings {
    /**
     * Whether Mutiny captures the thread's MicroProfile contexts (CDI request scope, OpenTelemetry, JTA) when an
     * operator is built and restores them around every callback ({@link MutinyContextCapture}). Off: the suite keeps
     * what an act needs on its Vert.x context instead. {@code ONEWINDOW_REACTIVE_CAPTURE_CONTEXT=true} turns it back on
     * (the "before" of docs/performance.md, session 26).
     */
    @WithDefault("false")
    boolean captureContext();
}
