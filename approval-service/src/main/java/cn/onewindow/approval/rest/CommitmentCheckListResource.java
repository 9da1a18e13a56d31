package cn.onewindow.approval.rest;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.approval.service.CommitmentChecks;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/** The department's open verifications of commitments (告知承诺核查): within their limit (DUE) or past it (OVERDUE). */
@Path("/api/commitment-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
public class CommitmentCheckListResource {
    private final CommitmentChecks checks;
    private final CurrentActor actor;
    private final Clock clock;

    public CommitmentCheckListResource(CommitmentChecks checks, CurrentActor actor, Clock clock) {
        this.checks = checks;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "My department's commitments to verify, nearest limit first: DUE (within the limit) or OVERDUE")
    public Uni<List<CommitmentCheckResource.CheckView>> open(@QueryParam("status") @DefaultValue("DUE")
                                                             @Pattern(regexp = "DUE|OVERDUE", message = "must be DUE or OVERDUE") String status) {
        return checks.open(actor.department(), status)
                .map(l -> l.stream().map(c -> CommitmentCheckResource.CheckView.of(c, clock.instant())).toList());
    }
}
