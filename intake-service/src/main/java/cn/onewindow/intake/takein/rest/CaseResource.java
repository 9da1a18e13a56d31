package cn.onewindow.intake.takein.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.intake.documents.rest.DocumentResource;
import cn.onewindow.intake.documents.service.DocumentService;
import cn.onewindow.intake.helpdesk.service.AssistedTakeIn;
import cn.onewindow.intake.takein.model.DeferredMaterial;
import cn.onewindow.intake.takein.service.IdempotentTakeIn;
import cn.onewindow.intake.takein.service.TakeInService;
import cn.onewindow.intake.takein.service.TakeInResult;
import io.smallrye.mutiny.Uni;

/** The window's intake API (综合受理). */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
    private final TakeInService intake;
    private final IdempotentTakeIn submissions;
    private final CurrentActor actor;
    private final DocumentService documents;
    private final CalendarHolder calendars;
    private final AssistedTakeIn assisted;

    private final cn.onewindow.intake.certificate.service.CertificateCopies certificates;

    public CaseResource(TakeInService intake, IdempotentTakeIn submissions, CurrentActor actor, DocumentService documents,
                        cn.onewindow.intake.certificate.service.CertificateCopies certificates,
                        CalendarHolder calendars, AssistedTakeIn assisted) {
        this.assisted = assisted;
        this.intake = intake;
        this.submissions = submissions;
        this.actor = actor;
        this.documents = documents;
        this.calendars = calendars;
        this.certificates = certificates;
    }

    /** The case's document as a printable PDF: receipt (three copies), acceptance notice or 容缺 supplement notice. */
    @GET
    @Path("/{caseId}/document")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR, Posts.ISSUANCE_CLERK, Posts.HELPER})
    public Uni<Response> document(@PathParam("caseId") String caseId) {
        return documents.forCase(caseId).map(pdf -> DocumentResource.pdf(pdf, caseId));
    }

    /**
     * Takes a file in at the window: 201 with the case and the path taken, or 200 with a one-time
     * notice listing everything missing or wrong (nothing taken in). With an {@code Idempotency-Key}
     * header a repeat of the same submission gets the first answer again (marked Idempotent-Replayed).
     */
    @POST
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.HELPER})
    public Uni<Response> takeIn(@HeaderParam(IDEMPOTENCY_KEY) String key, @NotNull @Valid TakeInRequest request) {
        // 帮办代办: the helper takes in only for an ASSISTED help request of the helper's hall (AssistedTakeIn)
        return assisted.check(request.helpRequestId(), request.parcelId(), actor.actor(), actor::hall)
                .flatMap(checked -> submissions.takeIn(key, request.command(), actor.actor(), CaseResource::reply)).map(a -> {
            var r = Response.status(a.status()).entity(a.body());
            if (a.caseId() != null) {
                r.header("Location", "/api/cases/" + a.caseId());
            }
            return (a.replayed() ? r.header(REPLAYED, "true") : r).build();
        });
    }

    /**
     * 201 with the case (or the cases) taken in, 200 with the notice that took nothing in, 202 with a return or refusal
     * waiting for the sign-off (窗口无否决权: nothing refused yet).
     */
    static IdempotentTakeIn.Reply reply(TakeInResult result) {
        if (result instanceof TakeInResult.SignOffPending pending) {
            return new IdempotentTakeIn.Reply(202, cn.onewindow.intake.signoff.rest.SignOffAnswer.of(pending));
        }
        return new IdempotentTakeIn.Reply(result.tookIn() ? 201 : 200, TakeInAnswer.of(result));
    }

    /** One key per submission; sending it again (after a lost answer) returns the first answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Marks an answer given from an earlier attempt with the same key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    public record OwedMaterialsDelivery(@jakarta.validation.constraints.NotEmpty
                                    @jakarta.validation.constraints.Size(max = 60) List<@jakarta.validation.constraints.NotBlank String> materials) {
    }

    /** Owed materials (容缺) handed in at the window or received by mail. */
    @POST
    @Path("/{caseId}/supplements")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK})
    public Uni<List<OwedView>> supplyOwed(@PathParam("caseId") String caseId, @NotNull @Valid OwedMaterialsDelivery request) {
        // the case is read again for its take-in time, which a deadline's provisional mark is counted from
        return intake.supplyOwed(caseId, request.materials(), actor.actor()).flatMap(l -> intake.find(caseId)
                .map(c -> l.stream().map(m -> OwedView.of(m, c.acceptedAt, calendars.calendar())).toList()));
    }

    /**
     * What a case owes: DEFERRAL (容缺, with its deadline) or REQUEST (asked for by the back office, no deadline);
     * {@code dueProvisional} as in {@link TakeInResult.Owed}.
     */
    public record OwedView(String code, String name, String reason, java.time.Instant dueAt, boolean dueProvisional,
                           boolean supplied) {
        static OwedView of(DeferredMaterial m, java.time.Instant takenInAt, WorkingCalendar calendar) {
            return new OwedView(m.materialCode, m.materialName, m.reason, m.dueAt,
                    TakeInResult.Owed.provisional(takenInAt, m.dueAt, calendar), m.suppliedAt != null);
        }
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR, Posts.ISSUANCE_CLERK, Posts.HALL_ADMIN, Posts.HELPER})
    public Uni<CaseView> get(@PathParam("caseId") String caseId) {
        return intake.find(caseId).flatMap(c -> certificates.served(caseId).map(served -> CaseView.of(c, served)));
    }
}
