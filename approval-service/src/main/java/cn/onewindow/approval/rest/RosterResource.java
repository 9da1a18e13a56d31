package cn.onewindow.approval.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.approval.service.Balancing;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/** My department's reviewer roster and whether new cases are balanced onto it (the chief representative decides). */
@Path("/api/department/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RosterResource {
    private final Balancing balancing;
    private final CurrentActor actor;

    public RosterResource(Balancing balancing, CurrentActor actor) {
        this.balancing = balancing;
        this.actor = actor;
    }

    public record MemberBody(@NotBlank @Size(max = 100) String id, @NotBlank @Size(max = 100) String name, boolean onDuty) {
    }

    public record RosterBody(boolean balancing, @NotNull @Size(max = 200) List<@Valid MemberBody> reviewers) {
    }

    @GET
    @RolesAllowed({Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_REVIEWER})
    public Uni<Balancing.Roster> get() {
        return balancing.roster(actor.department());
    }

    @PUT
    @RolesAllowed(Posts.CHIEF_REPRESENTATIVE)
    public Uni<Balancing.Roster> put(@NotNull @Valid RosterBody body) {
        return balancing.replace(actor.department(), new Balancing.Roster(body.balancing(),
                body.reviewers().stream().map(m -> new Balancing.Member(m.id(), m.name(), m.onDuty())).toList()));
    }
}
