package cn.onewindow.evaluation.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import cn.onewindow.platform.observability.PersonalNumbers;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.evaluation.model.SupervisionOrder;
import cn.onewindow.evaluation.service.ComplaintService;
import io.smallrye.mutiny.Uni;

/**
 * The 办不成事 window's complaints and their supervision work orders: the supervisor sees and steers every
 * order, the lead section (a department) sees and answers its own only (403 {@code other-department}, #20).
 */
@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    private final ComplaintService complaints;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final CalendarHolder calendars;

    public ComplaintResource(ComplaintService complaints, CurrentActor actor, SecurityIdentity identity, CalendarHolder calendars) {
        this.complaints = complaints;
        this.actor = actor;
        this.identity = identity;
        this.calendars = calendars;
    }

    public record Complaint(@Size(max = 64) String caseId, @NotBlank @Size(max = 100) String complainantName,
                            @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mobile number") String phone,
                            @NotBlank @Size(max = 4000) String content,
                            @NotNull @Pattern(regexp = "WINDOW|HOTLINE|WEB|LETTER") String channel) {
    }

    public record Assignment(@NotBlank @Pattern(regexp = "[A-Z]{2,8}", message = "a department code like AMR") String leadSection) {
    }

    public record Feedback(@NotBlank @Size(max = 4000) String text) {
    }

    /**
     * The phone number masked: list views do not need it whole. Who named the lead section and who wrote the
     * reply are shown with the reply (#22 item 13: the complaint screen says who answered, not only what).
     * {@code feedbackDueProvisional}: the feedback deadline was counted through a year whose holiday notice is not
     * entered (weekends alone), and moves when it is (EvaluationDeadlineRecount).
     */
    public record OrderView(Long id, String caseId, String complainantName, String phoneMasked, String content, String channel,
                            String receivedBy, Instant receivedAt, Instant feedbackDueAt, boolean feedbackDueProvisional,
                            String leadSection, String feedback, Instant feedbackAt, Instant escalatedAt, String status,
                            String assignedBy, Instant assignedAt, String feedbackBy) {
        static OrderView of(SupervisionOrder o, WorkingCalendar calendar) {
            return new OrderView(o.id, o.caseId, o.complainantName,
                    PersonalNumbers.maskMobile(o.phone), o.content, o.channel, o.receivedBy, o.receivedAt, o.feedbackDueAt,
                    o.feedbackDueAt != null && o.receivedAt != null && calendar.isProvisional(o.receivedAt, o.feedbackDueAt),
                    o.leadSection, o.feedback, o.feedbackAt, o.escalatedAt, o.status, o.assignedBy, o.assignedAt, o.feedbackBy);
        }
    }

    @POST
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR})
    public Uni<Response> receive(@NotNull @Valid Complaint c) {
        return complaints.receive(c.caseId(), c.complainantName(), c.phone(), c.content(), c.channel(), actor.actor())
                .map(o -> Response.status(201).entity(view(o)).build());
    }

    @GET
    @RolesAllowed({Posts.SUPERVISOR, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE})
    public Uni<List<OrderView>> list(@QueryParam("open") @DefaultValue("true") boolean open) {
        return complaints.list(open, supervisor() ? null : actor.department())
                .map(l -> l.stream().map(this::view).toList());
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed(Posts.SUPERVISOR)
    public Uni<OrderView> assign(@PathParam("id") long id, @NotNull @Valid Assignment a) {
        return complaints.assign(id, a.leadSection(), actor.actor()).map(this::view);
    }

    @POST
    @Path("/{id}/feedback")
    @RolesAllowed({Posts.SUPERVISOR, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_REVIEWER})
    public Uni<OrderView> feedback(@PathParam("id") long id, @NotNull @Valid Feedback f) {
        return complaints.feedback(id, f.text(), actor.actor(), supervisor()).map(this::view);
    }

    /** Read on the calendar as it is now: entering the year makes a provisional deadline the hall's word. */
    private OrderView view(SupervisionOrder o) {
        return OrderView.of(o, calendars.calendar());
    }

    /** Held as one of the user's posts (a token's first post is not always this one), as the supervisor acts on every department. */
    private boolean supervisor() {
        return identity.hasRole(Posts.SUPERVISOR);
    }
}
