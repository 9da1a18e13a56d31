package cn.onewindow.routing.rest;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.routing.model.Escalation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The coordinator's escalations (督办): open ones first, acknowledged when acted upon. */
@Path("/api/escalations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Posts.SUPERVISOR)
public class EscalationResource {
    private final CurrentActor actor;
    private final Clock clock;

    public EscalationResource(CurrentActor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @WithSession
    public Uni<List<Escalation>> list(@QueryParam("open") @DefaultValue("true") boolean open) {
        return open ? Escalation.list("acknowledgedAt is null order by raisedAt")
                : Escalation.list("order by raisedAt desc");
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @WithTransaction
    public Uni<Escalation> acknowledge(@PathParam("id") UUID id) {
        var who = actor.actor();
        return Escalation.<Escalation>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("督办事项 escalation", id.toString()))
                .invoke(e -> {
                    if (e.acknowledgedAt != null) {
                        throw ProblemException.conflict("already-acknowledged", "该督办事项已处理", "Already acknowledged");
                    }
                    e.acknowledgedAt = clock.instant();
                    e.acknowledgedBy = who.name();
                });
    }
}
