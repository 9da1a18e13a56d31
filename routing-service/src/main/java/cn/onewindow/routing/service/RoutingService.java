package cn.onewindow.routing.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.contracts.events.CaseRouted;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.routing.domain.TransferLimits;
import cn.onewindow.routing.model.CatalogueCopy;
import cn.onewindow.routing.model.RoutingAssignment;
import io.smallrye.mutiny.Uni;

/**
 * Assigns an accepted case to the back office of the department that decides its item. Runs inside
 * the inbox transaction of the incoming event, so the assignment, its event and the "processed"
 * mark commit together.
 */
@ApplicationScoped
public class RoutingService {
    private static final Actor ROUTER = Actor.system("routing-service");
    private final Outbox outbox;
    private final Clock clock;
    private final CalendarHolder calendars;
    private final int warnMinutes;
    private final TakingHalls halls;

    public RoutingService(Outbox outbox, Clock clock, CalendarHolder calendars, TakingHalls halls,
                          @ConfigProperty(name = "onewindow.transfers.warn-minutes", defaultValue = "3") int warnMinutes) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
        this.halls = halls;
        this.warnMinutes = warnMinutes;
    }

    public Uni<Void> route(String eventId, CaseTakenIn accepted) {
        // the deciding department comes from routing's own catalogue copy for the case's version;
        // the intake event's department is the fallback while that copy has not arrived yet
        return CatalogueCopy.<CatalogueCopy>findById(CatalogueCopy.key(accepted.itemCode(), accepted.catalogueVersion()))
                .flatMap(copy -> assign(eventId, accepted, copy == null ? accepted.departmentCode() : copy.departmentCode));
    }

    private Uni<Void> assign(String eventId, CaseTakenIn accepted, String department) {
        var a = new RoutingAssignment();
        a.caseId = accepted.caseId();
        a.itemCode = accepted.itemCode();
        a.departmentCode = department;
        a.queue = backOfficeQueue(department);
        a.itemType = Terms.code(accepted.itemType());
        a.acceptedAt = accepted.acceptedAt();
        a.routedAt = clock.instant();
        a.sourceEventId = eventId;
        a.intakePath = Terms.code(accepted.intakePath());
        a.bundleId = accepted.bundle() == null ? null : accepted.bundle().bundleId();
        // 区域通办: the halls as the window recorded them (null before halls: the home hall)
        a.hallCode = accepted.hallCode();
        a.owningHallCode = accepted.owningHallCode();
        a.pickupHallCode = accepted.pickupHallCode();
        // the paper file's limit runs in office minutes from intake at the window (a postal case's too: from its take-in)
        a.transferLimitMinutes = TransferLimits.minutes(accepted.itemType(), accepted.intakePath());
        if (a.transferLimitMinutes != null && a.crossHall()) {
            // taken in for another hall's item: the paper goes by express, in working days, not the hall runner's minutes
            a.transferLimitMinutes = null;
            a.transferLimitDays = halls.expressDays();
        }
        if (a.transferLimitMinutes != null || a.transferLimitDays != null) {
            // the same computation TransferDeadlineRecount repeats when a calendar year is entered or edited;
            // in the taking hall's office hours: the file leaves from its window
            var cal = calendars.calendar();
            var hours = halls.hoursOf(a);
            long limit = TransferLimits.officeMinutes(a.transferLimitMinutes, a.transferLimitDays, hours);
            a.transferDueAt = TransferLimits.dueAt(cal, a.acceptedAt, limit, hours);
            a.transferWarnAt = TransferLimits.warnAt(cal, a.acceptedAt, limit, warnMinutes, hours);
        }
        var routed = new CaseRouted(a.caseId, a.itemCode, accepted.itemName(), a.departmentCode, a.queue, accepted.itemType(),
                accepted.promisedDays(), accepted.applicantName(), accepted.deliveryMethod(), a.acceptedAt, a.routedAt,
                ROUTER, accepted.bundle(), accepted.intakePath(), accepted.actor(), accepted.deferredUntil(),
                accepted.limitsFrom(), // a postal case's working-day limits count from its registration: approval's clock
                accepted.hallCode(), accepted.owningHallCode(), accepted.pickupHallCode());
        return a.persist().call(() -> outbox.publish(routed))
                .replaceWithVoid();
    }

    /** Each department has one back-office queue in the hall for now: "<DEPT>/back-office". */
    static String backOfficeQueue(String department) {
        return department + "/back-office";
    }
}
