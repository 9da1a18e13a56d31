package cn.onewindow.intake.prereview.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

import cn.onewindow.intake.prereview.model.PreReview;
import cn.onewindow.intake.prereview.rules.PreReviewRules;
import cn.onewindow.intake.prereview.service.PreReviewCommands;
import cn.onewindow.intake.prereview.service.PreReviewService;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.ClockProducer;
import io.smallrye.mutiny.Uni;

/** The pre-review post's workspace (预审岗): the submissions waiting, oldest first, their files, and the one answer. */
@Path("/api/pre-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Posts.PRE_REVIEWER)
public class PreReviewWorkspaceResource {
    private final PreReviewService preReviews;
    private final CurrentActor actor;
    private final Clock clock;

    public PreReviewWorkspaceResource(PreReviewService preReviews, CurrentActor actor, Clock clock) {
        this.preReviews = preReviews;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    public Uni<List<PreReviewView.Summary>> queue(@QueryParam("status") @DefaultValue("SUBMITTED") String status) {
        PreReview.Status s;
        try {
            s = PreReview.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalid("invalid-status",
                    "状态须为 DRAFT、SUBMITTED、PASSED、NOTICE 或 TAKEN_IN", "status must be DRAFT, SUBMITTED, PASSED, NOTICE or TAKEN_IN"));
        }
        return preReviews.queue(s).map(l -> l.stream().map(p -> PreReviewView.Summary.of(p, clock.instant())).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<PreReviewView.Detail> one(@PathParam("id") String id) {
        var uuid = ApplicantPreReviewResource.uuid(id);
        return preReviews.get(uuid).map(d -> PreReviewView.Detail.of(d, preReviews.notice(d.preReview()),
                preReviews.marks(d.preReview()), clock.instant(), "/api/pre-reviews/" + uuid));
    }

    @GET
    @Path("/{id}/files/{materialCode}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    public Uni<Response> file(@PathParam("id") String id, @PathParam("materialCode") String materialCode) {
        return preReviews.file(ApplicantPreReviewResource.uuid(id), materialCode).map(FileAnswer::of);
    }

    /** One material named in a one-time notice, with what is missing or wrong ({@code materialName} is only echoed). */
    public record Problem(@NotBlank @Size(max = 20) String materialCode, @Size(max = 100) String materialName,
                          @NotBlank @Size(max = 500) String reason) {
    }

    /** A pass's mark for a material with no file: NOT_APPLICABLE, or BRING_TO_WINDOW (the applicant is told so). */
    public record MaterialMark(@NotBlank @Size(max = 20) String materialCode, @NotNull PreReviewRules.Mark mark) {
    }

    /**
     * PASSED with an appointment ({@code appointmentDay} and {@code appointmentSlot}, or {@code appointmentAt}: a slot's
     * start) or {@code comeAnyTime}, and a mark in {@code materials} for every material with no file; or NOTICE with
     * every problem at once.
     */
    public record AnswerRequest(
            @NotNull @Pattern(regexp = "PASSED|NOTICE", message = "must be PASSED or NOTICE") String outcome,
            LocalDate appointmentDay, LocalTime appointmentSlot, Instant appointmentAt, boolean comeAnyTime,
            @Size(max = 60) List<@Valid @NotNull Problem> problems,
            @Size(max = 1000) String note,
            @Size(max = 60) List<@Valid @NotNull MaterialMark> materials) {

        PreReviewCommands.Answer command(java.time.ZoneId zone) {
            LocalDate day = appointmentDay;
            LocalTime slot = appointmentSlot;
            if (appointmentAt != null && day == null && slot == null) {
                LocalDateTime at = LocalDateTime.ofInstant(appointmentAt, zone);
                day = at.toLocalDate();
                slot = at.toLocalTime();
            }
            return new PreReviewCommands.Answer(outcome, day, slot, comeAnyTime,
                    problems == null ? null : problems.stream().map(p -> new PreReviewRules.NoticeLine(p.materialCode(), p.reason()))
                            .toList(), note,
                    materials == null ? null : materials.stream().map(m -> new PreReviewRules.MarkLine(m.materialCode(), m.mark()))
                            .toList());
        }
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PreReviewView.Detail> answer(@PathParam("id") String id, @NotNull @Valid AnswerRequest request) {
        var uuid = ApplicantPreReviewResource.uuid(id);
        return preReviews.answer(uuid, request.command(ClockProducer.HALL_ZONE), actor.actor())
                .flatMap(p -> one(id));
    }
}
