package cn.onewindow.evaluation.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.security.Posts;
import cn.onewindow.evaluation.model.Rating;
import cn.onewindow.evaluation.service.EvaluationService;
import cn.onewindow.evaluation.service.RatingCommand;
import io.smallrye.mutiny.Uni;

/**
 * 好差评: ratings from applicants (token, no login), and the ratings of a case for staff. No endpoint
 * hands rating tokens to staff (#20: a clerk who could fetch them could rate their own work); the
 * applicant gets them in the rating link of their notice ({@code RatingLinks}).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final EvaluationService evaluation;

    public RatingResource(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    /** An applicant's rating; authorised by the per-case token, not by a login; the token also says the channel. */
    @POST
    @Path("/ratings")
    @PermitAll
    public Uni<Response> rate(@NotNull @Valid RatingRequest request) {
        var rating = new RatingCommand(request.caseId(), request.stage(), request.level(), request.reason(), request.token());
        return evaluation.rate(rating).map(r -> Response.status(201).entity(RatingView.of(r)).build());
    }

    @GET
    @Path("/evaluations/{caseId}/ratings")
    @RolesAllowed({Posts.SUPERVISOR, Posts.ISSUANCE_CLERK, Posts.WINDOW_CLERK})
    public Uni<List<RatingView>> ratings(@PathParam("caseId") String caseId) {
        return evaluation.ratings(caseId).map(l -> l.stream().map(RatingView::of).toList());
    }

    public record RatingView(String caseId, String stage, int level, String channel, String reason, java.time.Instant ratedAt) {
        static RatingView of(Rating r) {
            return new RatingView(r.caseId, r.stage, r.level, r.channel, r.reason, r.ratedAt);
        }
    }
}
