package cn.onewindow.evaluation.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.evaluation.model.RectificationOrder;
import cn.onewindow.evaluation.service.WorkOrderService;
import io.smallrye.mutiny.Uni;

/**
 * Rectification work orders: the supervisor steers every department's, a department sees, works and may
 * appeal its own only (403 {@code other-department} for another's, #20).
 */
@Path("/api/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkOrderResource {
    private final WorkOrderService orders;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final CalendarHolder calendars;

    public WorkOrderResource(WorkOrderService orders, CurrentActor actor, SecurityIdentity identity, CalendarHolder calendars) {
        this.orders = orders;
        this.actor = actor;
        this.identity = identity;
        this.calendars = calendars;
    }

    public record StepRequest(@NotNull @Pattern(regexp = "VERIFIED|RECTIFIED|ANSWERED") String step,
                              @NotBlank @Size(max = 4000) String text) {
    }

    public record AppealRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    public record AppealReview(boolean upheld) {
    }

    /** The supervisor sees every department's orders; a department post its own department's only. */
    @GET
    @RolesAllowed({Posts.SUPERVISOR, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE})
    public Uni<List<WorkOrderView>> list(@QueryParam("open") @DefaultValue("true") boolean open) {
        return orders.list(open, supervisor() ? null : actor.department()).map(l -> l.stream().map(this::view).toList());
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed({Posts.SUPERVISOR, Posts.CHIEF_REPRESENTATIVE})
    public Uni<WorkOrderView> step(@PathParam("id") long id, @NotNull @Valid StepRequest request) {
        return orders.step(id, request.step(), request.text(), actor.actor(), supervisor()).map(this::view);
    }

    @POST
    @Path("/{id}/appeal")
    @RolesAllowed({Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_REVIEWER})
    public Uni<WorkOrderView> appeal(@PathParam("id") long id, @NotNull @Valid AppealRequest request) {
        return orders.appeal(id, request.reason(), actor.actor(), supervisor()).map(this::view);
    }

    @POST
    @Path("/{id}/appeal-review")
    @RolesAllowed(Posts.SUPERVISOR)
    public Uni<WorkOrderView> review(@PathParam("id") long id, @NotNull @Valid AppealReview review) {
        return orders.reviewAppeal(id, review.upheld(), actor.actor()).map(this::view);
    }

    /** Read on the calendar as it is now: entering the year makes a provisional deadline the hall's word. */
    private WorkOrderView view(RectificationOrder o) {
        return WorkOrderView.of(o, calendars.calendar());
    }

    /** Held as one of the user's posts (a token's first post is not always this one), as the supervisor acts on every department. */
    private boolean supervisor() {
        return identity.hasRole(Posts.SUPERVISOR);
    }
}
