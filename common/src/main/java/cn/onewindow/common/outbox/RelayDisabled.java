package cn.onewindow.common.outbox;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Lets a component test switch the scheduled relay off and drive it by hand. */
@Singleton
public class RelayDisabled implements Scheduled.SkipPredicate {
    @ConfigProperty(name = "onewindow.outbox.relay-enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
