package cn.onewindow.intake.hall.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.hall.service.HallService;
import io.smallrye.mutiny.Uni;

/**
 * The halls of the network (区域通办): every staff post reads them (the window's pickup choice, the hours its limits
 * count in); a hall admin changes their own hall only — hours, 延时服务, 预约办 days and the other halls' items it takes in.
 */
@Path("/api/halls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HallResource {
    private final HallService halls;
    private final CurrentActor actor;

    public HallResource(HallService halls, CurrentActor actor) {
        this.halls = halls;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.MATERIAL_RUNNER, Posts.PRE_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.DEPARTMENT_REVIEWER, Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.OPERATOR, Posts.HELPER,
            Posts.ENQUIRY_DESK})
    public Uni<List<HallService.Published>> all() {
        return halls.all();
    }

    /** The hall the caller works at (the token's {@code hall}; 403 {@code no-hall} without one). */
    @GET
    @Path("/mine")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.MATERIAL_RUNNER, Posts.PRE_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.DEPARTMENT_REVIEWER, Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.OPERATOR, Posts.HELPER,
            Posts.ENQUIRY_DESK})
    public Uni<HallService.Published> mine() {
        return halls.get(actor.hall());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.MATERIAL_RUNNER, Posts.PRE_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.DEPARTMENT_REVIEWER, Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.OPERATOR, Posts.HELPER,
            Posts.ENQUIRY_DESK})
    public Uni<HallService.Published> get(@PathParam("code") @Pattern(regexp = "[A-Z]{2,8}") String code) {
        return halls.get(code);
    }

    /**
     * The hall's new version (its admin only: 403 {@code other-hall} for another hall's; 422 {@code hall-rules}): 200
     * with the hall as published — the same version when nothing changed.
     */
    @PUT
    @Path("/{code}")
    @RolesAllowed(Posts.HALL_ADMIN)
    public Uni<HallService.Published> put(@PathParam("code") @Pattern(regexp = "[A-Z]{2,8}") String code,
                                          @NotNull @Valid HallDefinition hall) {
        return halls.change(code, hall, actor.actor(), actor.hall());
    }
}
