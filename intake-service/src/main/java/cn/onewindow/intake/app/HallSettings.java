package cn.onewindow.intake.app;

import io.smallrye.config.ConfigMapping;

/**
 * The hall this instance serves ({@code onewindow.hall.*}). Every property under the prefix must be one of these: an
 * unknown {@code onewindow.hall.*} property fails the start. Neither has a default here: application.properties sets
 * both from {@code OW_HALL_CODE} and {@code OW_HALL_NAME}.
 */
@ConfigMapping(prefix = "onewindow.hall")
public interface HallSettings {
    /**
     * The hall's code ({@code DX} in the local run): the first part of every case number, notice number and
     * ticket counter, and the window staff's Keycloak group {@code window-<code>}.
     */
    String code();

    /** The hall's full name, printed on the window's documents. */
    String name();
}
