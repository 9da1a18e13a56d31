package cn.onewindow.approval.joint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.approval.joint.service.JointReview;
import cn.onewindow.approval.joint.service.JointReviewView;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * 联审联办 and 上报件 through the department API's posts: a co-department's opinion on a JOINT case, the first-instance
 * opinion that forwards a FORWARDED case to the higher authority, and what the lead, the co-departments and the
 * authority see of such a case. A department with no part in the case is answered as for a case that does not exist.
 */
@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
public class JointReviewResource {
    private final JointReview joint;
    private final CurrentActor actor;

    public JointReviewResource(JointReview joint, CurrentActor actor) {
        this.joint = joint;
        this.actor = actor;
    }

    /** AGREE or DISAGREE (then with written reasons). */
    public record OpinionRequest(@NotNull @Pattern(regexp = "AGREE|DISAGREE", message = "must be AGREE or DISAGREE") String opinion,
                                 @Size(max = 4000) String reasons) {
    }

    @GET
    @Path("/joint-review")
    @Operation(summary = "A JOINT or FORWARDED case: every co-department's opinion, whether the lead may decide, the forwarding and both clock parts")
    public Uni<JointReviewView> view(@PathParam("caseId") String caseId) {
        return joint.view(caseId, actor.department());
    }

    @POST
    @Path("/joint-opinion")
    @Operation(summary = "A co-department's opinion on a JOINT case (once; late after the lead's deadline, still taken)")
    public Uni<JointReviewView> opinion(@PathParam("caseId") String caseId, @NotNull @Valid OpinionRequest request) {
        var a = actor.actor();
        actor.department(); // refuses a token without a department before anything is read
        return joint.recordOpinion(caseId, request.opinion(), request.reasons(), a)
                .flatMap(o -> joint.view(caseId, a.department()));
    }

    @POST
    @Path("/forwarding")
    @Operation(summary = "The first-instance opinion on a FORWARDED case, which forwards it to the higher authority")
    public Uni<JointReviewView> forwarding(@PathParam("caseId") String caseId, @NotNull @Valid OpinionRequest request) {
        var a = actor.actor();
        actor.department();
        return joint.forward(caseId, request.opinion(), request.reasons(), a)
                .flatMap(f -> joint.view(caseId, a.department()));
    }
}
