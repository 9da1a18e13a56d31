package cn.onewindow.intake.post.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


import cn.onewindow.intake.post.service.ParcelService;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * 快递寄送材料: the hall signs for a parcel of application materials and registers it; the window then takes it in as a
 * case (the take-in's {@code parcelId}) or answers it with a notice, which returns it.
 */
@Path("/api/parcels")
@Produces(MediaType.APPLICATION_JSON)
public class ParcelResource {
    private final ParcelService parcels;
    private final CurrentActor actor;
    private final SecurityIdentity identity;

    public ParcelResource(ParcelService parcels, CurrentActor actor, SecurityIdentity identity) {
        this.parcels = parcels;
        this.actor = actor;
        this.identity = identity;
    }

    /**
     * The sender's phone and address in full only for the window clerk and the mid-desk, who enter them as the case's
     * contact and delivery address at the take-in; every other post (the runner who signs for it, the supervisor) sees
     * them masked, as everyone does in the list.
     */
    private boolean seesContact() {
        return identity.hasRole(Posts.WINDOW_CLERK) || identity.hasRole(Posts.MID_DESK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.MATERIAL_RUNNER})
    public Uni<Response> register(@NotNull @Valid ParcelRequest request) {
        return parcels.register(request.command(), actor.actor()).map(r -> Response.status(r.created() ? 201 : 200)
                .entity(ParcelView.of(r.parcel(), parcels.contents(r.parcel()), !seesContact())).build());
    }

    @GET
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.MATERIAL_RUNNER, Posts.SUPERVISOR})
    public Uni<List<ParcelView>> list(@QueryParam("status") @Pattern(regexp = "REGISTERED|TAKEN_IN|RETURNED",
            message = "must be REGISTERED, TAKEN_IN or RETURNED") String status) {
        return parcels.list(status).map(l -> l.stream().map(p -> ParcelView.of(p, parcels.contents(p), true)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.MATERIAL_RUNNER, Posts.SUPERVISOR})
    public Uni<ParcelView> get(@PathParam("id") UUID id) {
        return parcels.find(id).map(p -> ParcelView.of(p, parcels.contents(p), !seesContact()));
    }
}
