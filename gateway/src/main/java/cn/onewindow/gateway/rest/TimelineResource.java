package cn.onewindow.gateway.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Applicant;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.gateway.domain.TimelineAccess;
import cn.onewindow.gateway.service.CaseEventNotice;
import cn.onewindow.gateway.service.TimelineService;
import cn.onewindow.gateway.service.TimelineView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** One timeline per case, across every service; the live feed; and who is logged in. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    private final TimelineService timeline;
    private final CurrentActor actor;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public TimelineResource(TimelineService timeline, CurrentActor actor, io.quarkus.security.identity.SecurityIdentity identity) {
        this.timeline = timeline;
        this.actor = actor;
        this.identity = identity;
    }

    @GET
    @Path("/timeline/{caseId}")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.OPERATOR, Posts.MATERIAL_RUNNER})
    public Uni<List<TimelineView>> timeline(@PathParam("caseId") String caseId) {
        List<String> posts = heldPosts();
        String department = actor.actor().department();
        return timeline.timeline(caseId).map(l -> {
            if (!TimelineAccess.mayOpen(posts, department, timeline.departmentsNamed(l), !l.isEmpty())) {
                // another department's case answers exactly as a case that does not exist: a 403 would tell
                // a department which case numbers are real
                throw ProblemException.notFound("办件全程记录 case timeline", caseId);
            }
            return l.stream().map(TimelineView::of).toList();
        });
    }

    @GET
    @Path("/events/recent")
    @RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.OPERATOR, Posts.WINDOW_CLERK, Posts.ISSUANCE_CLERK,
            Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.MID_DESK, Posts.MATERIAL_RUNNER})
    public Uni<List<CaseEventNotice>> recent() {
        return timeline.latest(50).map(l -> l.stream().map(CaseEventNotice::of).toList());
    }

    /**
     * Server-sent events: that a case changed, as it happens, for live boards and queues — every post
     * hears every case, so the notice carries no content (see {@link CaseEventNotice}).
     */
    @GET
    @Path("/events/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.OPERATOR, Posts.WINDOW_CLERK, Posts.ISSUANCE_CLERK,
            Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.MID_DESK, Posts.MATERIAL_RUNNER})
    public Multi<CaseEventNotice> stream() {
        return timeline.live();
    }

    /**
     * Who is logged in: the web app builds its menu from {@code posts} (every post the user holds); {@code applicant}
     * true sends the login to the applicant page (an applicant holds no post, and reaches nothing else of the staff's:
     * StaffOnly).
     */
    @GET
    @Path("/me")
    public Map<String, Object> me() {
        Actor a = actor.actor();
        boolean applicant = Applicant.isApplicant(identity);
        List<String> posts = applicant ? List.of() : heldPosts();
        return Map.of("username", String.valueOf(a.username()), "name", String.valueOf(a.name()),
                "post", applicant ? "null" : String.valueOf(a.post()), "posts", posts,
                "department", applicant || a.department() == null ? "" : a.department(), "applicant", applicant);
    }

    /** Every post the user holds (a user may hold several). */
    private List<String> heldPosts() {
        return Posts.ALL.stream().filter(identity::hasRole).toList();
    }
}
