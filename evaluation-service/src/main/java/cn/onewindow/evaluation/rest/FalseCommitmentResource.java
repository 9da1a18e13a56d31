package cn.onewindow.evaluation.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.evaluation.service.FalseCommitments;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/** Supervision's figures on 告知承诺制: the commitments found false over a period, counted per department and listed. */
@Path("/api/supervision/false-commitments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
public class FalseCommitmentResource {
    private final FalseCommitments falseCommitments;

    public FalseCommitmentResource(FalseCommitments falseCommitments) {
        this.falseCommitments = falseCommitments;
    }

    @GET
    @Operation(summary = "Commitments found false (告知承诺不实) found in a period: a count per department and the list, latest first")
    public Uni<FalseCommitments.Figures> figures(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return falseCommitments.figures(from, to);
    }
}
