package cn.onewindow.approval.rest;

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

import cn.onewindow.approval.service.ApprovalService;
import cn.onewindow.common.security.CurrentActor;
import cn.onewindow.common.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * The department API, for reviewers in the browser and for department systems with
 * client-credential tokens; both are limited to the department named in their token.
 */
@Path("/api/department/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
public class DepartmentCaseResource {
    private final ApprovalService approval;
    private final CurrentActor actor;

    public DepartmentCaseResource(ApprovalService approval, CurrentActor actor) {
        this.approval = approval;
        this.actor = actor;
    }

    /** My department's cases in one state, nearest deadline first. */
    @GET
    public Uni<List<ApprovalCaseView>> queue(@QueryParam("status") @DefaultValue("QUEUED")
                                             @Pattern(regexp = "QUEUED|APPROVED|DENIED") String status) {
        return approval.queue(actor.department(), status).map(l -> l.stream().map(ApprovalCaseView::of).toList());
    }

    @GET
    @Path("/{caseId}")
    public Uni<ApprovalCaseView> get(@PathParam("caseId") String caseId) {
        return approval.find(caseId, actor.department()).map(ApprovalCaseView::of);
    }

    @POST
    @Path("/{caseId}/decision")
    public Uni<ApprovalCaseView> decide(@PathParam("caseId") String caseId, @NotNull @Valid DecisionRequest decision) {
        actor.department(); // refuses a token without a department before anything is read
        return approval.decide(caseId, decision, actor.actor()).map(ApprovalCaseView::of);
    }
}
