package cn.onewindow.evaluation.enquiry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import cn.onewindow.evaluation.enquiry.model.Enquiry;
import cn.onewindow.evaluation.enquiry.service.EnquiryService;
import cn.onewindow.evaluation.enquiry.service.FaqService;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.CalendarHolder;
import io.smallrye.mutiny.Uni;

/**
 * Enquiries and hotline orders (咨询 / 热线工单): the enquiry desk (or the supervisor) takes them down, the owning
 * department's staff answer their own department's only (403 {@code other-department}), the desk visits back and
 * proposes answered ones for the FAQ.
 */
@Path("/api/enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnquiryResource {
    private final EnquiryService enquiries;
    private final FaqService faq;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final CalendarHolder calendars;

    public EnquiryResource(EnquiryService enquiries, FaqService faq, CurrentActor actor, SecurityIdentity identity,
                           CalendarHolder calendars) {
        this.enquiries = enquiries;
        this.faq = faq;
        this.actor = actor;
        this.identity = identity;
        this.calendars = calendars;
    }

    public record NewEnquiry(@NotNull @Pattern(regexp = "HOTLINE|HALL|DEPARTMENT") String source,
                             @NotBlank @Size(max = 20) String itemCode, @NotBlank @Size(max = 2000) String question,
                             @NotBlank @Size(max = 100) String enquirerName,
                             @NotNull @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
                                     message = "a mobile (11 digits) or landline number with its area code") String phone,
                             @Size(max = 100) String forwardedBy) {
    }

    public record Answer(@NotBlank @Size(max = 4000) String answer) {
    }

    public record Visit(@NotNull Boolean reached, @Min(1) @Max(5) Integer satisfaction, @Size(max = 1000) String note) {
    }

    public record Proposal(@NotBlank @Size(max = 500) String question, @NotBlank @Size(max = 2000) String answer) {
    }

    @POST
    @RolesAllowed({Posts.ENQUIRY_DESK, Posts.SUPERVISOR})
    public Uni<Response> receive(@NotNull @Valid NewEnquiry n) {
        return enquiries.receive(new EnquiryService.Received(n.source(), n.itemCode().strip(), n.question(), n.enquirerName(),
                        n.phone(), n.forwardedBy()), actor.actor())
                .map(e -> Response.status(201).entity(view(e)).build());
    }

    /** The desk and the supervisor see every enquiry; a department post its own department's only. */
    @GET
    @RolesAllowed({Posts.ENQUIRY_DESK, Posts.SUPERVISOR, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE})
    public Uni<List<EnquiryView>> list(@QueryParam("open") @DefaultValue("true") boolean open) {
        return enquiries.list(open, everyDepartment() ? null : actor.department()).map(l -> l.stream().map(this::view).toList());
    }

    @POST
    @Path("/{number}/answer")
    @RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE})
    public Uni<EnquiryView> answer(@PathParam("number") String number, @NotNull @Valid Answer a) {
        return enquiries.answer(number, a.answer(), actor.actor()).map(this::view);
    }

    @POST
    @Path("/{number}/return-visit")
    @RolesAllowed(Posts.ENQUIRY_DESK)
    public Uni<EnquiryView> visit(@PathParam("number") String number, @NotNull @Valid Visit v) {
        return enquiries.visit(number, v.reached(), v.satisfaction(), v.note(), actor.actor()).map(this::view);
    }

    @POST
    @Path("/{number}/faq-proposal")
    @RolesAllowed(Posts.ENQUIRY_DESK)
    public Uni<Response> propose(@PathParam("number") String number, @NotNull @Valid Proposal p) {
        return faq.propose(number, p.question(), p.answer(), actor.actor())
                .map(made -> Response.status(201).entity(FaqProposalView.of(made)).build());
    }

    private EnquiryView view(Enquiry e) {
        return EnquiryView.of(e, calendars.calendar(), identity.hasRole(Posts.ENQUIRY_DESK));
    }

    /** Held as one of the user's posts (a token's first post is not always this one). */
    private boolean everyDepartment() {
        return identity.hasRole(Posts.ENQUIRY_DESK) || identity.hasRole(Posts.SUPERVISOR);
    }
}
