package cn.onewindow.issuance.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.common.security.CurrentActor;
import cn.onewindow.common.security.Posts;
import cn.onewindow.issuance.service.IssuanceService;
import io.smallrye.mutiny.Uni;

/** The issuance clerk's API (综合出证岗). */
@Path("/api/issuance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssuanceResource {
    private final IssuanceService issuance;
    private final CurrentActor actor;

    public IssuanceResource(IssuanceService issuance, CurrentActor actor) {
        this.issuance = issuance;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR})
    public Uni<List<IssuanceView>> list(@QueryParam("status") @DefaultValue("READY") @Pattern(regexp = "READY|DELIVERED") String status) {
        return issuance.list(status).map(l -> l.stream().map(IssuanceView::of).toList());
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<IssuanceView> get(@PathParam("caseId") String caseId) {
        return issuance.find(caseId).map(IssuanceView::of);
    }

    /** Hands the result out at the window, with identity check and signature. */
    @POST
    @Path("/{caseId}/pickup")
    @RolesAllowed(Posts.ISSUANCE_CLERK)
    public Uni<IssuanceView> pickup(@PathParam("caseId") String caseId, @NotNull @Valid PickupRequest request) {
        return issuance.pickup(caseId, request, actor.actor()).map(IssuanceView::of);
    }
}
