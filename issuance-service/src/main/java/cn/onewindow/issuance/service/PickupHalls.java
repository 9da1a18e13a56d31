package cn.onewindow.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.platform.hall.HallDirectory;
import cn.onewindow.platform.problem.ProblemException;

/**
 * The hall whose issuance window hands a result out (区域通办): the applicant's pickup hall, carried by the decision. Its
 * clerks alone act on the result and see it in their lists; its opening hours place the issuance limits' warnings. A
 * result placed before halls (or decided by an approval service before halls) names none: the home hall
 * ({@code onewindow.hall.code}).
 */
@ApplicationScoped
public class PickupHalls {
    private final HallDirectory halls;
    private final String home;

    public PickupHalls(HallDirectory halls, @ConfigProperty(name = "onewindow.hall.code", defaultValue = "DX") String home) {
        this.halls = halls;
        this.home = home;
    }

    public String home() {
        return home;
    }

    /** The pickup hall a decision names (the home hall for one recorded before halls). */
    public String of(CaseDecided decided) {
        return decided.pickupHall(home);
    }

    public String of(IssuanceRecord r) {
        return r.pickupHallCode != null ? r.pickupHallCode : home;
    }

    /** The office hours the result's limits warn in: its pickup hall's. */
    public OfficeHours hoursOf(IssuanceRecord r) {
        return halls.hours(of(r));
    }

    /** 403 other-hall (nothing written) unless the clerk of {@code clerkHall} is at the result's pickup hall. */
    public void requireClerkOf(IssuanceRecord r, String clerkHall) {
        String pickup = of(r);
        if (!pickup.equals(clerkHall)) {
            throw ProblemException.forbidden("other-hall", "该结果在" + pickup + "大厅出件，只有该大厅的出件窗口可以办理",
                    "The result is handed out at hall " + pickup + "; only that hall's issuance window acts on it");
        }
    }

    /**
     * The HQL condition "the result is handed out at the hall bound to {@code :hall}": its own code, or none for the
     * home hall's clerks (results placed before halls).
     */
    public String atHall(String hall) {
        return home.equals(hall) ? "(pickupHallCode = :hall or pickupHallCode is null)" : "pickupHallCode = :hall";
    }

    /**
     * The HQL condition on a notice {@code n} "for a result handed out at the hall bound to {@code :hall}". A notice
     * of a case with no result here yet (a fee notice during the examination, a postal notice) has no pickup hall: the
     * home hall's clerks keep seeing it, as before halls.
     */
    public String noticeAtHall(String hall) {
        String ofHall = "exists (select 1 from IssuanceRecord r where r.caseId = n.caseId and "
                + (home.equals(hall) ? "(r.pickupHallCode = :hall or r.pickupHallCode is null))" : "r.pickupHallCode = :hall)");
        return home.equals(hall) ? "(" + ofHall + " or not exists (select 1 from IssuanceRecord r where r.caseId = n.caseId))"
                : ofHall;
    }
}
