package cn.onewindow.routing.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.platform.hall.HallDirectory;
import cn.onewindow.routing.model.RoutingAssignment;

/**
 * The hall a transfer's limit counts in (区域通办): the taking hall, whose window the paper file leaves from. A case
 * routed before halls names none: the home hall ({@code onewindow.hall.code}). The express limit between halls is
 * {@code onewindow.transfers.express-days} working days.
 */
@ApplicationScoped
public class TakingHalls {
    private final HallDirectory halls;
    private final String home;
    private final int expressDays;

    public TakingHalls(HallDirectory halls, @ConfigProperty(name = "onewindow.hall.code", defaultValue = "DX") String home,
                       @ConfigProperty(name = "onewindow.transfers.express-days", defaultValue = "2") int expressDays) {
        this.halls = halls;
        this.home = home;
        this.expressDays = expressDays;
    }

    public String home() {
        return home;
    }

    public int expressDays() {
        return expressDays;
    }

    /** The office hours of the hall that took {@code a} in (its transfer's limit counts in them). */
    public OfficeHours hoursOf(RoutingAssignment a) {
        return halls.hours(a.hallCode != null ? a.hallCode : home);
    }
}
