package cn.onewindow.issuance.rest;

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

import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.service.IssuanceLimitsFigures;
import cn.onewindow.issuance.service.IssuanceService;
import cn.onewindow.issuance.service.PickupCommand;
import io.smallrye.mutiny.Uni;

/** The issuance clerk's API (综合出证岗). */
@Path("/api/issuance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssuanceResource {
    private final IssuanceService issuance;
    private final CurrentActor actor;
    private final cn.onewindow.issuance.service.CertificateService certificates;
    private final cn.onewindow.issuance.service.MailAndArchiveService mail;
    private final IssuanceLimitsFigures limits;
    private final CalendarHolder calendars;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public IssuanceResource(IssuanceService issuance, CurrentActor actor, cn.onewindow.issuance.service.CertificateService certificates,
                            cn.onewindow.issuance.service.MailAndArchiveService mail, IssuanceLimitsFigures limits,
                            CalendarHolder calendars, io.quarkus.security.identity.SecurityIdentity identity) {
        this.identity = identity;
        this.issuance = issuance;
        this.actor = actor;
        this.certificates = certificates;
        this.mail = mail;
        this.limits = limits;
        this.calendars = calendars;
    }

    /** The calendar in force at this read: it says whether a due time was counted through a year not entered. */
    private IssuanceView view(IssuanceRecord r) {
        return IssuanceView.of(r, calendars.calendar());
    }

    /**
     * The issuance limits per department (#22 item 11), for the supervisor's dashboard: overdue arrivals and
     * notices now, late hand-overs and late notices between two days (inclusive, hall time).
     */
    @GET
    @Path("/overdue")
    @RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<List<IssuanceLimitsFigures.Row>> overdue(@QueryParam("from") @NotNull java.time.LocalDate from,
                                                        @QueryParam("to") @NotNull java.time.LocalDate to) {
        return limits.perDepartment(from, to);
    }

    /** The electronic certificate as a printable PDF with the QR code that links to its verification. */
    @GET
    @Path("/{caseId}/certificate/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<jakarta.ws.rs.core.Response> certificatePdf(@PathParam("caseId") String caseId) {
        return certificates.pdf(caseId).map(pdf -> jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=EC-" + caseId + ".pdf").build());
    }

    /**
     * The case's electronic certificate: the signed JSON, its signature, its JWS (none for one issued before
     * certificates had one), its verification code (核验码, handed to the applicant with it) and the link where whoever
     * holds both sees its public view.
     */
    @GET
    @Path("/{caseId}/certificate")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<java.util.Map<String, Object>> certificate(@PathParam("caseId") String caseId) {
        return certificates.forCase(caseId).map(c -> {
            var view = new java.util.LinkedHashMap<String, Object>();
            view.put("certificateId", c.id);
            view.put("payload", c.payload);
            view.put("signature", c.signature);
            view.put("kid", c.kid);
            view.put("jws", c.jws);
            view.put("verificationCode", c.verificationCode);
            view.put("verify", certificates.verifyUrl(c));
            view.put("validUntil", c.validUntil);
            view.put("status", certificates.status(c));
            view.put("revokedAt", c.revokedAt);
            view.put("revocationReason", c.revocationReason);
            return view;
        });
    }

    /** An issuance clerk sees the results handed out at its own hall (区域通办); the supervisor every hall's. */
    @GET
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR})
    public Uni<List<IssuanceView>> list(@QueryParam("status") @DefaultValue("READY") @Pattern(regexp = "WAITING_FOR_BUNDLE|AWAITING_ARRIVAL|READY|MAILED|DELIVERED|ARCHIVED") String status) {
        return issuance.list(status, listHall()).map(l -> l.stream().map(this::view).toList());
    }

    /** The hall an issuance clerk's lists are cut to (its token hall; 403 no-hall without one); null for the supervisor. */
    private String listHall() {
        return identity.hasRole(Posts.SUPERVISOR) ? null : actor.hall();
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<IssuanceView> get(@PathParam("caseId") String caseId) {
        return issuance.find(caseId).map(this::view);
    }

    /**
     * The result reached the issuance window: handed over by its department (reviewer, chief
     * representative or department system of that department) or registered by the issuance clerk.
     * 200 with the result, now ready; 202 when a department hands over a result whose decision has not
     * reached this service yet — kept, and applied when the decision arrives (no need to try again).
     */
    @POST
    @Path("/{caseId}/arrival")
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.WILDCARD)
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    public Uni<jakarta.ws.rs.core.Response> arrival(@PathParam("caseId") String caseId) {
        var who = actor.actor();
        boolean departmentPost = !Posts.ISSUANCE_CLERK.equals(who.post());
        if (departmentPost) {
            actor.department(); // a department post's token must name its department (403 no-department)
        }
        // an issuance clerk registers only at its own hall's window (403 no-hall / other-hall, nothing written)
        return issuance.arrived(caseId, who, departmentPost, departmentPost ? null : actor.hall()).map(a -> a.ready() != null
                ? jakarta.ws.rs.core.Response.ok(view(a.ready())).build()
                : jakarta.ws.rs.core.Response.accepted(EarlyHandoverView.of(a.early())).build());
    }

    /** The applicant notices: PENDING, SENT or FAILED (failures stay here until the clerk acts). */
    @GET
    @Path("/notifications")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR})
    @io.quarkus.hibernate.reactive.panache.common.WithSession
    public Uni<List<NotificationView>> notifications(
            @QueryParam("status") @DefaultValue("FAILED") @Pattern(regexp = "PENDING|SENT|FAILED") String status) {
        String hall = listHall();
        // a clerk sees the notices of the results its own hall hands out (区域通办)
        var found = hall == null
                ? cn.onewindow.issuance.model.Notification.<cn.onewindow.issuance.model.Notification>list("status = ?1 order by createdAt", status)
                : cn.onewindow.issuance.model.Notification.<cn.onewindow.issuance.model.Notification>list("from Notification n where"
                        + " n.status = :status and " + issuance.halls().noticeAtHall(hall) + " order by n.createdAt",
                        io.quarkus.panache.common.Parameters.with("status", status).and("hall", hall));
        return found.map(list -> list.stream().map(NotificationView::of).toList());
    }

    public record MailRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 40) String carrier,
                              @jakarta.validation.constraints.NotBlank @Pattern(regexp = "[A-Za-z0-9-]{6,40}", message = "6–40 letters, digits or dashes") String waybill) {
    }

    public record TrackingUpdate(@NotNull @Pattern(regexp = "IN_TRANSIT|DELIVERED|RETURNED") String status,
                                 @jakarta.validation.constraints.Size(max = 500) String note) {
    }

    public record ArchiveRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String paperLocation) {
    }

    /** Mails the result (the applicant chose express mail): carrier and waybill recorded. */
    @POST
    @Path("/{caseId}/mailing")
    @RolesAllowed(Posts.ISSUANCE_CLERK)
    public Uni<IssuanceView> mail(@PathParam("caseId") String caseId, @NotNull @Valid MailRequest request) {
        return mail.mail(caseId, request.carrier(), request.waybill(), actor.actor(), actor.hall()).map(this::view);
    }

    /** A tracking update from the carrier: in transit, delivered (registered), or returned to the window. */
    @POST
    @Path("/{caseId}/tracking")
    @RolesAllowed(Posts.ISSUANCE_CLERK)
    public Uni<IssuanceView> tracking(@PathParam("caseId") String caseId, @NotNull @Valid TrackingUpdate update) {
        return mail.tracking(caseId, update.status(), update.note(), actor.actor(), actor.hall()).map(this::view);
    }

    /** The delivery register: every delivery between two days (inclusive, hall time). */
    @GET
    @Path("/register")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR})
    public Uni<List<IssuanceView>> register(@QueryParam("from") @NotNull java.time.LocalDate from,
                                            @QueryParam("to") @NotNull java.time.LocalDate to) {
        var zone = cn.onewindow.platform.time.ClockProducer.HALL_ZONE;
        return mail.register(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), listHall())
                .map(l -> l.stream().map(this::view).toList());
    }

    @POST
    @Path("/{caseId}/archive")
    @RolesAllowed(Posts.ISSUANCE_CLERK)
    public Uni<cn.onewindow.issuance.model.ArchiveRecord> archive(@PathParam("caseId") String caseId,
                                                                @NotNull @Valid ArchiveRequest request) {
        return mail.archive(caseId, request.paperLocation(), actor.actor(), actor.hall());
    }

    @GET
    @Path("/{caseId}/archive")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR})
    public Uni<cn.onewindow.issuance.model.ArchiveRecord> archived(@PathParam("caseId") String caseId) {
        return mail.archived(caseId);
    }

    /** Hands the result out at the window, with identity check and signature. */
    @POST
    @Path("/{caseId}/pickup")
    @RolesAllowed(Posts.ISSUANCE_CLERK)
    public Uni<IssuanceView> pickup(@PathParam("caseId") String caseId, @NotNull @Valid PickupRequest request) {
        var pickup = new PickupCommand(request.receivedBy(), request.receiverRole(), request.identityChecked(), request.signature());
        return issuance.pickup(caseId, pickup, actor.actor(), actor.hall()).map(this::view);
    }
}
