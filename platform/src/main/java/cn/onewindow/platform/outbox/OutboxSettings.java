package cn.onewindow.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the {@link OutboxRelay} sends ({@code onewindow.outbox.*}). Every property under the prefix must be one of
 * these: an unknown {@code onewindow.outbox.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.outbox")
public interface OutboxSettings {
    /** The most rows one round locks, sends and marks published. */
    @WithDefault("500")
    int batchSize();

    /** The wait between rounds while this service has just written events. */
    @WithDefault("50")
    long pollIntervalMs();

    /** The wait between rounds otherwise (never shorter than {@link #pollIntervalMs()}); a write cuts it short. */
    @WithDefault("1000")
    long idlePollIntervalMs();

    /** Off only where a component test drives the relay by hand: no polling loop starts. */
    @WithDefault("true")
    boolean relayEnabled();
}
