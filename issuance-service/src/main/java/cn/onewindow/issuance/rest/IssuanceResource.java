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

import cn.onewindow.common.security.CurrentActor;
import cn.onewindow.common.security.Posts;
import cn.onewindow.issuance.service.IssuanceService;
import io.smallrye.mutiny.Uni;

/** The issuance clerk's API (综合出证岗). */
@Path("/api/issuance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssuanceResource {
    private final IssuanceService issuance;
    private final CurrentActor actor;
    private final cn.onewindow.issuance.service.CertificateService certificates;

    public IssuanceResource(IssuanceService issuance, CurrentActor actor, cn.onewindow.issuance.service.CertificateService certificates) {
        this.issuance = issuance;
        this.actor = actor;
        this.certificates = certificates;
    }

    /** The case's electronic certificate: the signed JSON, its signature, and where anyone can verify it. */
    @GET
    @Path("/{caseId}/certificate")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<java.util.Map<String, Object>> certificate(@PathParam("caseId") String caseId) {
        return certificates.forCase(caseId).map(c -> java.util.Map.of("certificateId", c.id, "payload", c.payload,
                "signature", c.signature, "kid", c.kid, "verify", "/api/issuance/public/certificates/" + c.id));
    }

    @GET
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR})
    public Uni<List<IssuanceView>> list(@QueryParam("status") @DefaultValue("READY") @Pattern(regexp = "WAITING_FOR_BUNDLE|AWAITING_ARRIVAL|READY|DELIVERED") String status) {
        return issuance.list(status).map(l -> l.stream().map(IssuanceView::of).toList());
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<IssuanceView> get(@PathParam("caseId") String caseId) {
        return issuance.find(caseId).map(IssuanceView::of);
    }

    /**
     * The result reached the issuance window: handed over by its department (reviewer, chief
     * representative or department system of that department) or registered by the issuance clerk.
     */
    @POST
    @Path("/{caseId}/arrival")
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.WILDCARD)
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    public Uni<IssuanceView> arrival(@PathParam("caseId") String caseId) {
        var who = actor.actor();
        return issuance.arrived(caseId, who, !Posts.ISSUANCE_CLERK.equals(who.post())).map(IssuanceView::of);
    }

    /** The applicant notices: PENDING, SENT or FAILED (failures stay here until the clerk acts). */
    @GET
    @Path("/notifications")
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR})
    @io.quarkus.hibernate.reactive.panache.common.WithSession
    public Uni<List<cn.onewindow.issuance.model.Notification>> notifications(
            @QueryParam("status") @DefaultValue("FAILED") @Pattern(regexp = "PENDING|SENT|FAILED") String status) {
        return cn.onewindow.issuance.model.Notification.list("status = ?1 order by createdAt", status);
    }

    /** Hands the result out at the window, with identity check and signature. */
    @POST
    @Path("/{caseId}/pickup")
    @RolesAllowed(Posts.ISSUANCE_CLERK)
    public Uni<IssuanceView> pickup(@PathParam("caseId") String caseId, @NotNull @Valid PickupRequest request) {
        return issuance.pickup(caseId, request, actor.actor()).map(IssuanceView::of);
    }
}
