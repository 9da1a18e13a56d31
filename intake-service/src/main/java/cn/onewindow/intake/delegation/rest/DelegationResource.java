package cn.onewindow.intake.delegation.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import cn.onewindow.intake.delegation.model.Delegation;
import cn.onewindow.intake.delegation.rules.Power;
import cn.onewindow.intake.delegation.service.DelegationService;
import cn.onewindow.intake.delegation.service.KeycloakDelegationSync;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The delegation register (委托授权). Departments grant and end their own; the hall admin any. */
@Path("/api/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationResource {
    private final DelegationService delegations;
    private final KeycloakDelegationSync keycloak;
    private final CurrentActor actor;
    private final SecurityIdentity identity;

    public DelegationResource(DelegationService delegations, KeycloakDelegationSync keycloak, CurrentActor actor,
                              SecurityIdentity identity) {
        this.delegations = delegations;
        this.keycloak = keycloak;
        this.actor = actor;
        this.identity = identity;
    }

    public record GrantRequest(@NotBlank @Size(max = 20) String itemCode,
                               @NotEmpty @Size(max = 6) Set<@NotNull Power> powers, Instant startsAt) {
    }

    public record EndRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record DelegationView(UUID id, String hall, String departmentCode, String itemCode, List<String> powers,
                                 Instant startsAt, int termYears, boolean autoRenew, String signedBy, Instant endedAt,
                                 String endReason) {
        static DelegationView of(Delegation d) {
            // blank-free: a delegation whose one power V13 took out of the register (账号使用权) lists none
            return new DelegationView(d.id, d.hall, d.departmentCode, d.itemCode,
                    java.util.Arrays.stream(d.powers.split(",")).filter(p -> !p.isBlank()).toList(),
                    d.startsAt, d.termYears, d.autoRenew, d.signedBy, d.endedAt, d.endReason);
        }
    }

    @GET
    @RolesAllowed({Posts.HALL_ADMIN, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM, Posts.SUPERVISOR,
            Posts.WINDOW_CLERK, Posts.MID_DESK})
    public Uni<List<DelegationView>> list(@QueryParam("item") String item, @QueryParam("department") String department) {
        return delegations.list(item, department).map(l -> l.stream().map(DelegationView::of).toList());
    }

    /** Grants powers for one item; ends the item's previous delegation. */
    @POST
    @RolesAllowed({Posts.HALL_ADMIN, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    public Uni<Response> grant(@NotNull @Valid GrantRequest request) {
        return delegations.grant(request.itemCode(), request.powers(), request.startsAt(), actor.actor(), ownDepartmentUnlessAdmin())
                .invoke(keycloak::requestSync) // after the commit: the new powers reach newly issued tokens
                .map(d -> Response.status(201).entity(DelegationView.of(d)).build());
    }

    /** Ends a delegation now (终止委托). */
    @POST
    @Path("/{id}/termination")
    @RolesAllowed({Posts.HALL_ADMIN, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    public Uni<DelegationView> end(@PathParam("id") String id, @NotNull @Valid EndRequest request) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("委托授权 delegation", id);
        }
        return delegations.end(uuid, request.reason(), actor.actor(), ownDepartmentUnlessAdmin())
                .invoke(keycloak::requestSync)
                .map(DelegationView::of);
    }

    private String ownDepartmentUnlessAdmin() {
        return identity.hasRole(Posts.HALL_ADMIN) ? null : actor.department();
    }
}
