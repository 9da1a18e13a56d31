package cn.onewindow.intake.helpdesk.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import cn.onewindow.intake.helpdesk.rules.HelpFigures;
import cn.onewindow.intake.helpdesk.service.HelpDeskService;
import cn.onewindow.platform.openapi.PublishedApi;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The help desk (帮办代办) for the hall's staff: the window, the mid desk and the helper note requests; the helper answers
 * them (only the helper: any other post 403 not-helper); the desk's list and the day's figures are of the caller's own
 * hall (the token's {@code hall}).
 */
@Path("/api/help-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HelpRequestResource {
    private final HelpDeskService desk;
    private final CurrentActor actor;
    private final Validator validator;

    public HelpRequestResource(HelpDeskService desk, CurrentActor actor, Validator validator) {
        this.desk = desk;
        this.actor = actor;
        this.validator = validator;
    }

    /** A request noted by staff: the hall is the caller's (naming another: 403 other-hall). */
    public record NewHelpRequest(
            @NotNull @Pattern(regexp = "WINDOW|TERMINAL|PHONE", message = "must be WINDOW, TERMINAL or PHONE") String channel,
            @Pattern(regexp = "[A-Z]{2,8}", message = "must be a hall code such as DX") String hallCode,
            @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode,
            @Size(max = 100) String applicantName,
            @Pattern(regexp = "\\d[\\d-]{4,19}", message = "must be a phone number") String phone,
            @NotBlank @Size(max = 1000) String question) {
    }

    /** The helper's answer: RESOLVED (on first contact), ASSISTED (代办: the helper takes the file in) or REFERRED. */
    public record HelpAnswer(
            @NotNull @Pattern(regexp = "RESOLVED|ASSISTED|REFERRED", message = "must be RESOLVED, ASSISTED or REFERRED")
            String resolution,
            @Size(max = 1000) String note) {
    }

    @POST
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.HELPER})
    public Uni<Response> create(@NotNull @Valid NewHelpRequest request) {
        String hall = actor.hall();
        if (request.hallCode() != null && !request.hallCode().equals(hall)) {
            throw ProblemException.forbidden("other-hall", "只能为本大厅（" + hall + "）登记帮办请求",
                    "Help requests are noted for your own hall (" + hall + ") only");
        }
        var by = actor.actor();
        return desk.create(new HelpDeskService.NewRequest(request.channel(), hall, request.itemCode(),
                        request.applicantName(), request.phone(), request.question()), by)
                .map(h -> Response.status(201).entity(HelpRequestView.of(h, desk.now()))
                        .header("Location", "/api/help-requests/" + h.id).build());
    }

    /** The caller's hall's requests, newest first: OPEN (default), ANSWERED or ALL. */
    @GET
    @RolesAllowed({Posts.HELPER, Posts.MID_DESK, Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<List<HelpRequestView>> list(@QueryParam("status") @DefaultValue("OPEN")
                                           @Pattern(regexp = "OPEN|ANSWERED|ALL", message = "must be OPEN, ANSWERED or ALL")
                                           String status) {
        return desk.list(actor.hall(), status).map(l -> {
            var now = desk.now();
            return l.stream().map(h -> HelpRequestView.of(h, now)).toList();
        });
    }

    /**
     * Answers a request once, by the helper post only: any other caller is told so (403 not-helper) whatever it sent (the
     * body is validated after the post check), and nothing is written.
     */
    @POST
    @Path("/{id}/answer")
    // every signed-in caller reaches the method, so that one without the helper post is told so (403 not-helper) rather
    // than a bare 403; the published API names the one post that may (the matrix's), which the method enforces
    @Authenticated
    @Extension(name = PublishedApi.POSTS, value = "[\"" + Posts.HELPER + "\"]", parseValue = true)
    public Uni<HelpRequestView> answer(@PathParam("id") String id, HelpAnswer answer) {
        var by = actor.actor();
        if (!Posts.HELPER.equals(by.post())) { // before the body and the request are read: the post decides
            return Uni.createFrom().failure(HelpDeskService.notHelper());
        }
        if (answer == null) {
            throw ProblemException.invalid("invalid-request", "请填写答复方式（resolution）", "The answer's resolution is required");
        }
        var violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return desk.answer(uuid(id), answer.resolution(), answer.note(), by, actor.hall())
                .map(h -> HelpRequestView.of(h, desk.now()));
    }

    /** The caller's hall's figures of {@code day} (default today): in time against the 90 % goal, first contact. */
    @GET
    @Path("/figures")
    @RolesAllowed({Posts.HELPER, Posts.MID_DESK, Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<HelpFigures> figures(@QueryParam("day") String day) {
        return desk.figures(actor.hall(), day(day));
    }

    private LocalDate day(String day) {
        if (day == null || day.isBlank()) {
            return desk.today();
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("invalid-day", "日期格式应为 YYYY-MM-DD：" + day, "The day must be YYYY-MM-DD: " + day);
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("帮办请求 help request", id);
        }
    }
}
