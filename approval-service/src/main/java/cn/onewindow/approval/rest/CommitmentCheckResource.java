package cn.onewindow.approval.rest;

import java.time.Instant;
import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.approval.domain.CommitmentCheckRules;
import cn.onewindow.approval.model.CommitmentCheck;
import cn.onewindow.approval.service.CommitmentChecks;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * 告知承诺核查: the department records its finding on a commitment the applicant signed in place of a proof, once per
 * material, for its own cases only (another department's is answered as one that does not exist).
 */
@Path("/api/cases/{caseId}/commitment-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
public class CommitmentCheckResource {
    private final CommitmentChecks checks;
    private final CurrentActor actor;
    private final Clock clock;

    public CommitmentCheckResource(CommitmentChecks checks, CurrentActor actor, Clock clock) {
        this.checks = checks;
        this.actor = actor;
        this.clock = clock;
    }

    /** TRUE: the commitment holds; FALSE: 承诺不实, with what was found ({@code note}, required then). */
    public record FindingRequest(@NotBlank @Size(max = 20) String materialCode,
                                 @NotNull @Pattern(regexp = "TRUE|FALSE", message = "must be TRUE or FALSE") String outcome,
                                 @Size(max = 2000) String note) {
    }

    /** One verification as the department sees it: its limit, where it stands, and the finding once recorded. */
    public record CheckView(String caseId, String materialCode, String departmentCode, int checkDays, Instant decidedAt,
                            Instant dueAt, String status, String outcome, String note, Instant checkedAt, String checkedByName) {
        static CheckView of(CommitmentCheck c, Instant now) {
            return new CheckView(c.caseId, c.materialCode, c.departmentCode, c.checkDays, c.decidedAt, c.dueAt,
                    CommitmentCheckRules.status(c.dueAt, c.outcome, now).name(), c.outcome, c.note, c.checkedAt, c.checkedByName);
        }
    }

    @POST
    @Operation(summary = "Record the department's finding on a commitment the applicant signed in place of a proof (once per material)")
    public Uni<CheckView> record(@PathParam("caseId") String caseId, @NotNull @Valid FindingRequest request) {
        var a = actor.actor();
        actor.department();
        return checks.record(caseId, new CommitmentChecks.Finding(request.materialCode(), request.outcome(), request.note()), a)
                .map(c -> CheckView.of(c, clock.instant()));
    }
}
