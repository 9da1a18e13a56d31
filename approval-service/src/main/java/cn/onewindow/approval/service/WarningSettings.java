package cn.onewindow.approval.service;

import cn.onewindow.calendar.WarningPoint;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The hall's warning points, one per kind of clock ({@code onewindow.deadlines.warning.<clock>.share} and
 * {@code .at-least-office-minutes}; the rule is {@link WarningPoint}). Hall-wide rather than per catalogue
 * item: the catalogue's item event carries no warning field, and a hall warns its departments alike.
 */
@ConfigMapping(prefix = "onewindow.deadlines.warning")
public interface WarningSettings {
    /** The 20 office minutes while the applicant waits: warned with a quarter left (5 minutes), no floor. */
    MinuteClock acceptanceMinutes();

    /** The 5 working days to accept after a receipt. */
    DayClock acceptanceDays();

    /** The promised limit for the decision. */
    DayClock decision();

    /**
     * A working-day clock: warned when a fifth of the limit remains (a 5-day limit: its last day), and at
     * least in its last two office hours — enough to finish a file and have the chief representative sign
     * the same afternoon — so a 1-day item warns at 15:00 on its last day, not from its first minute.
     */
    interface DayClock {
        @WithDefault("0.2")
        double share();

        @WithDefault("120")
        long atLeastOfficeMinutes();
    }

    /** An office-minute clock: a quarter of 20 minutes is the 5 minutes the window always had. */
    interface MinuteClock {
        @WithDefault("0.25")
        double share();

        @WithDefault("0")
        long atLeastOfficeMinutes();
    }
}
