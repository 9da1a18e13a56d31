package cn.onewindow.intake.catalogue.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.rules.RelatedItems;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.takein.model.Bundle;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The catalogue of service items. Every staff member reads it; the hall admin maintains all items,
 * a department (its chief representative or its system) only its own.
 */
@Path("/api/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final CatalogueService catalogue;
    private final CurrentActor actor;
    private final SecurityIdentity identity;

    private final java.time.Clock clock;

    public CatalogueResource(CatalogueService catalogue, CurrentActor actor, SecurityIdentity identity, java.time.Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.actor = actor;
        this.identity = identity;
    }

    public record ItemVersionView(String code, int version, String status, Instant announcedAt, Instant effectiveFrom,
                                  String departmentName, ItemDefinition definition) {
    }

    public record PublishRequest(@NotNull @Valid ItemDefinition item, @NotNull Instant effectiveFrom) {
    }

    public record CancelRequest(@NotNull Instant effectiveFrom, @NotBlank @Size(max = 500) String reason) {
    }

    /** Items in force at {@code at} (default now), optionally of one department. */
    @GET
    @Path("/items")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.DEPARTMENT_SYSTEM, Posts.MATERIAL_RUNNER, Posts.OPERATOR,
            Posts.HELPER})
    public Uni<List<ItemVersionView>> items(@QueryParam("at") Instant at, @QueryParam("department") String department) {
        return catalogue.inForceList(at == null ? clock.instant() : at, department).map(l -> l.stream().map(this::view).toList());
    }

    /** The version in force at {@code at} (default now) and every version, oldest first. */
    @GET
    @Path("/items/{code}")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.DEPARTMENT_SYSTEM, Posts.MATERIAL_RUNNER, Posts.OPERATOR,
            Posts.HELPER})
    public Uni<Map<String, Object>> item(@PathParam("code") String code, @QueryParam("at") Instant at) {
        return catalogue.versions(code).flatMap(all -> {
            if (all.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.notFound("事项 item", code));
            }
            return catalogue.inForce(code, at == null ? clock.instant() : at).map(current -> Map.of(
                    "inForce", current == null ? Map.of() : view(current),
                    "versions", all.stream().map(this::view).toList()));
        });
    }

    /** Publishes a new item or a new version, effective at least 10 days after now. */
    @POST
    @Path("/items")
    @RolesAllowed({Posts.HALL_ADMIN, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    public Uni<Response> publish(@NotNull @Valid PublishRequest request) {
        return catalogue.publish(request.item(), request.effectiveFrom(), actor.actor(), ownDepartmentUnlessAdmin())
                .map(v -> Response.status(201).entity(view(v)).build());
    }

    /** Announces an item's cancellation, effective at least 5 days after now; its delegations end then. */
    @POST
    @Path("/items/{code}/cancellation")
    @RolesAllowed({Posts.HALL_ADMIN, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    public Uni<Response> cancel(@PathParam("code") String code, @NotNull @Valid CancelRequest request) {
        return catalogue.cancel(code, request.effectiveFrom(), request.reason(), actor.actor(), ownDepartmentUnlessAdmin())
                .map(v -> Response.status(201).entity(view(v)).build());
    }

    /** "You will also need…": the items related to those chosen (comma-separated codes) that were not chosen. */
    @GET
    @Path("/related")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.HELPER})
    public Uni<List<RelatedItems.Prompt>> related(@QueryParam("items") @jakarta.validation.constraints.NotBlank
                                                  @jakarta.validation.constraints.Size(max = 400) String items) {
        Instant now = clock.instant();
        return io.smallrye.mutiny.Multi.createFrom().iterable(List.of(items.split(",")))
                .onItem().transformToUniAndConcatenate(code -> catalogue.inForce(code.strip(), now)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("事项 item", code.strip())))
                .collect().asList()
                .flatMap(chosen -> catalogue.related(chosen.stream().map(catalogue::read).toList(), now));
    }

    @GET
    @Path("/bundles")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.ISSUANCE_CLERK, Posts.HELPER})
    @WithSession
    public Uni<List<Bundle>> bundles() {
        return Bundle.listAll();
    }

    private String ownDepartmentUnlessAdmin() {
        return identity.hasRole(Posts.HALL_ADMIN) ? null : actor.department();
    }

    private ItemVersionView view(CatalogueItem v) {
        return new ItemVersionView(v.code, v.version, v.status, v.announcedAt, v.effectiveFrom, v.departmentName, catalogue.read(v));
    }
}
