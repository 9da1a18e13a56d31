package cn.onewindow.intake.queue.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The appointment slots ({@link AppointmentService}, {@code onewindow.appointments.*}). Every property under the prefix
 * must be one of these: an unknown {@code onewindow.appointments.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.appointments")
public interface AppointmentSettings {
    /** The length of one slot, in minutes. */
    @WithDefault("30")
    int slotMinutes();

    /** The most bookings one slot holds. */
    @WithDefault("6")
    int slotCapacity();
}
