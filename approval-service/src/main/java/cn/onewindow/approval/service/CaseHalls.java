package cn.onewindow.approval.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.contracts.events.CaseRouted;
import cn.onewindow.platform.hall.HallDirectory;

/**
 * The halls of a department case (区域通办). The department of the hall OWNING the item decides, so every office-minute
 * clock of the case counts in that hall's regular hours ({@link HallDirectory#hours}); a case routed before halls
 * belongs to the home hall ({@code onewindow.hall.code}) in all three roles.
 */
@ApplicationScoped
public class CaseHalls {
    private final HallDirectory halls;
    private final String home;

    public CaseHalls(HallDirectory halls, @ConfigProperty(name = "onewindow.hall.code", defaultValue = "DX") String home) {
        this.halls = halls;
        this.home = home;
    }

    /** Keeps the routed case's halls on it, each resolved (an event before halls names none: the home hall). */
    public void copy(CaseRouted routed, ApprovalCase c) {
        c.hallCode = routed.takingHall(home);
        c.owningHallCode = routed.owningHall(home);
        c.pickupHallCode = routed.pickupHall(home);
    }

    /** The office hours the case's clocks count in: its owning hall's. */
    public OfficeHours hoursOf(ApprovalCase c) {
        return halls.hours(c.owningHallCode != null ? c.owningHallCode : home);
    }

    /** Where the result is handed out (for the decision): the case's pickup hall, the home hall before halls. */
    public String pickupHall(ApprovalCase c) {
        return c.pickupHallCode != null ? c.pickupHallCode : home;
    }
}
