package cn.onewindow.evaluation.enquiry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.evaluation.enquiry.model.ReturnVisit;
import cn.onewindow.evaluation.enquiry.rules.Months;
import cn.onewindow.evaluation.enquiry.service.ReturnVisitService;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/** 回访 after service: the month's visit tasks for the enquiry desk (the supervisor reads them too), each visit recorded. */
@Path("/api/return-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnVisitResource {
    private final ReturnVisitService visits;
    private final CurrentActor actor;

    public ReturnVisitResource(ReturnVisitService visits, CurrentActor actor) {
        this.visits = visits;
        this.actor = actor;
    }

    public record Visit(@NotNull Boolean reached, @NotNull @Pattern(regexp = "PHONE|SMS") String channel,
                        @Min(1) @Max(5) Integer satisfaction, @Size(max = 1000) String note) {
    }

    @GET
    @RolesAllowed({Posts.ENQUIRY_DESK, Posts.SUPERVISOR})
    public Uni<List<ReturnVisit>> list(@QueryParam("month") String month) {
        return visits.list(Months.parse(month));
    }

    @POST
    @Path("/{id}")
    @RolesAllowed(Posts.ENQUIRY_DESK)
    public Uni<ReturnVisit> record(@PathParam("id") long id, @NotNull @Valid Visit v) {
        return visits.record(id, v.reached(), v.channel(), v.satisfaction(), v.note(), actor.actor());
    }
}
