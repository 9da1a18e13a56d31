package cn.onewindow.routing.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.routing.model.RoutingAssignment;
import cn.onewindow.routing.service.TransferService;
import io.smallrye.mutiny.Uni;

/** Paper transfers (物料流转) for the material runner, the receiving department and the coordinator. */
@Path("/api/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {
    private final TransferService transfers;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final CalendarHolder calendars;

    public TransferResource(TransferService transfers, CurrentActor actor, SecurityIdentity identity, CalendarHolder calendars) {
        this.transfers = transfers;
        this.actor = actor;
        this.identity = identity;
        this.calendars = calendars;
    }

    /**
     * {@code transferDueProvisional}: the due time was counted through a year whose holiday notice is not entered
     * (weekends alone guessed it); asked of the calendar at each read, so it turns false once the year is entered
     * and {@code TransferDeadlineRecount} has counted the limit again.
     */
    public record TransferView(String caseId, String itemCode, String departmentCode, String queue, Instant acceptedAt,
                               Integer limitMinutes, Instant dueAt, String pickedUpByName, Instant pickedUpAt,
                               List<String> materials, Instant handedOverAt, String receivedByName, Instant escalatedAt,
                               boolean transferDueProvisional, String hallCode, String owningHallCode, String pickupHallCode,
                               boolean express, Integer limitDays, String carrier, String waybill) {
        static TransferView of(RoutingAssignment a, WorkingCalendar calendar) {
            return new TransferView(a.caseId, a.itemCode, a.departmentCode, a.queue, a.acceptedAt, a.transferLimitMinutes,
                    a.transferDueAt, a.pickedUpByName, a.pickedUpAt,
                    a.materials == null || a.materials.isEmpty() ? List.of() : List.of(a.materials.split(",")),
                    a.handedOverAt, a.receivedByName, a.escalatedAt,
                    a.acceptedAt != null && a.transferDueAt != null && calendar.isProvisional(a.acceptedAt, a.transferDueAt),
                    a.hallCode, a.owningHallCode, a.pickupHallCode, a.crossHall(), a.transferLimitDays, a.carrier, a.waybill);
        }
    }

    private TransferView view(RoutingAssignment a) {
        return TransferView.of(a, calendars.calendar());
    }

    /**
     * {@code carrier}/{@code waybill}: the express company and waybill number, required when the file travels to another
     * hall (区域通办), refused for a file that stays in its hall.
     */
    public record PickupRequest(@NotEmpty @Size(max = 60) List<@NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}") String> materials,
                                @Size(max = 40) String carrier,
                                @Pattern(regexp = "[A-Za-z0-9-]{6,40}", message = "6–40 letters, digits or dashes") String waybill) {
    }

    /**
     * Runners and the coordinator see every transfer; a department sees those coming to it; a window clerk the express
     * transfers leaving its own hall for another (区域通办: a 便民服务站 has no runner, its clerk posts the file).
     */
    @GET
    @RolesAllowed({Posts.MATERIAL_RUNNER, Posts.SUPERVISOR, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.WINDOW_CLERK})
    public Uni<List<TransferView>> list(@QueryParam("state") @DefaultValue("TO_CARRY")
                                        @Pattern(regexp = "TO_CARRY|IN_TRANSIT|HANDED_OVER") String state) {
        boolean hallWide = identity.hasRole(Posts.MATERIAL_RUNNER) || identity.hasRole(Posts.SUPERVISOR);
        if (!hallWide && identity.hasRole(Posts.WINDOW_CLERK)) {
            return transfers.expressFrom(state, actor.hall()).map(l -> l.stream().map(this::view).toList());
        }
        return transfers.list(state, hallWide ? null : actor.department()).map(l -> l.stream().map(this::view).toList());
    }

    /** The file leaves the window: carried by the runner, or posted by express to another hall (carrier + waybill). */
    @POST
    @Path("/{caseId}/pickup")
    @RolesAllowed({Posts.MATERIAL_RUNNER, Posts.WINDOW_CLERK})
    public Uni<TransferView> pickUp(@PathParam("caseId") String caseId, @NotNull @Valid PickupRequest request) {
        var dispatch = new TransferService.Dispatch(request.materials(), blankToNull(request.carrier()),
                blankToNull(request.waybill()), hallOrNull());
        return transfers.pickUp(caseId, dispatch, actor.actor()).map(this::view);
    }

    /** The dispatcher's token hall; null when it names none (a runner of a token before halls: in-hall transfers only). */
    private String hallOrNull() {
        try {
            return actor.hall();
        } catch (ProblemException noHall) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The receiving department confirms the paper file arrived (交接确认). */
    @POST
    @Path("/{caseId}/handover")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE})
    public Uni<TransferView> handOver(@PathParam("caseId") String caseId) {
        actor.department();
        return transfers.handOver(caseId, actor.actor()).map(this::view);
    }
}
